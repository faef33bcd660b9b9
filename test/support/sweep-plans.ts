/**
 * The plans of the isolation sweep (test/integration/networks-are-sealed-from-each-other.test.ts):
 * for every GraphQL operation and REST route, which of network A's objects its id arguments point at.
 * A new operation or route fails the sweep until it has a plan here.
 */

/** The kinds of A's objects an id argument can point at. */
export type Key =
  | 'network'
  | 'school'
  | 'member'
  | 'deactivatedMember'
  | 'teacher'
  | 'student'
  | 'group'
  | 'goal'
  | 'post'
  | 'unit'
  | 'draftUnit'
  | 'comment'
  | 'revision'
  | 'version'
  | 'rubric'
  | 'anchorPaper'
  | 'exchange'
  | 'review'
  | 'flag'
  | 'endorsement'
  | 'class'
  | 'convening'
  | 'session'
  | 'notification'
  | 'conversation'
  | 'proposal'
  | 'invitation'
  | 'recording'
  | 'lessonStudy'
  | 'observationNote'
  | 'mentorship'
  | 'submission'
  | 'calibrationRound'
  | 'calibrationEssay'
  | 'calibrationCandidate'
  | 'showcaseItem'
  | 'ltiPlatform';

/** The kind of object an argument or input field points at, by its name. */
export const BY_NAME: Record<string, Key> = {
  networkId: 'network',
  schoolId: 'school',
  hostSchoolId: 'school',
  memberId: 'member',
  userId: 'teacher',
  teacherId: 'teacher',
  facilitatorId: 'teacher',
  facilitatorIds: 'teacher',
  friendIds: 'teacher',
  mentionIds: 'teacher',
  studentId: 'student',
  groupId: 'group',
  goalId: 'goal',
  postId: 'post',
  parentId: 'post',
  unitId: 'unit',
  commentId: 'comment',
  revisionId: 'revision',
  fromVersionId: 'version',
  toVersionId: 'version',
  rubricId: 'rubric',
  anchorEssayIds: 'anchorPaper',
  exchangeId: 'exchange',
  reviewId: 'review',
  flagId: 'flag',
  endorsementId: 'endorsement',
  classId: 'class',
  classIds: 'class',
  conveningId: 'convening',
  sessionId: 'session',
  sessionIds: 'session',
  ids: 'notification',
  conversationId: 'conversation',
  participantIds: 'teacher',
  proposalId: 'proposal',
  inviteeIds: 'teacher',
  invitationId: 'invitation',
  // A recording's or a note's owner: A's lesson study.
  ownerId: 'lessonStudy',
  lessonStudyId: 'lessonStudy',

  mentorshipId: 'mentorship',
  mentorId: 'teacher',
  menteeId: 'teacher',
  openClassSessionId: 'session',
  submissionId: 'submission',
  essayId: 'calibrationEssay',
  candidateIds: 'calibrationCandidate',
  itemId: 'showcaseItem',
};

export interface Plan {
  /** What an argument or input field called `id` points at. */
  id?: Key;
  /** Other names that point elsewhere than BY_NAME says. */
  ids?: Record<string, Key>;
  /** Needs no sign-in and takes none of A's ids: called with made-up values. */
  public?: true;
  /** Ends the caller's session: called after everything else. */
  last?: true;
  /**
   * Also called through B by the people in both networks: these arguments point at B's objects
   * (which they may change), the others still at A's (which they may see): nothing of A may end up
   * in B, nor anything of B reach A's people.
   */
  throughB?: Record<string, BKey>;
}

/** The kinds of B's objects an argument can point at when an operation is called through B. */
export type BKey = 'group' | 'unit' | 'rubric' | 'exchange' | 'convening' | 'session';

/** Every query and mutation, with how to aim it at A. */
export const PLANS: Record<string, Plan> = {
  // Queries
  classRoster: {},
  conversation: { id: 'conversation' },
  conversations: {},
  observationNotes: {},
  convening: { id: 'convening' },
  conveningSession: { id: 'session' },
  convenings: {},
  exchange: { id: 'exchange' },
  exchangeResults: {},
  studentCalibration: {},
  exampleReviews: {},
  reviewEndorsements: {},
  group: { id: 'group' },
  groupProposals: {},
  groups: {},
  invitation: { public: true },
  invitations: {},
  isolatedMembers: {},
  jobAlikes: {},
  library: {},
  me: {},
  members: {},
  mentorMatches: {},
  mentoringHealth: {},
  mentorship: { id: 'mentorship' },
  mentorships: {},
  myClasses: {},
  myExchanges: {},
  myGuestLessonStudies: {},
  myReviewAssignments: {},
  myToDo: {},
  showcase: {},
  network: {},
  networkHealth: {},
  notifications: {},
  outbox: {},
  rubric: { id: 'rubric' },
  rubrics: {},
  suggestedGroups: {},
  unit: { id: 'draftUnit' },
  unitRevision: { id: 'revision' },
  unitVersion: { id: 'version' },
  compareUnitVersions: {},
  units: {},
  lessonStudies: {},
  lessonStudy: { id: 'lessonStudy' },
  lessonPlanVersion: {},
  lessonPlanComparison: {},
  debrief: {},
  lessonStudyRecord: {},
  lessonStudyRecords: {},
  calibrationRounds: {},
  calibrationRound: { id: 'calibrationRound' },
  anchorPapers: {},
  calibrationEssayCandidates: {},
  unreadConversationCount: {},
  unreadNotificationCount: {},
  // Mutations
  acceptInvitation: { public: true },
  addClassToExchange: { throughB: { exchangeId: 'exchange' } },
  calibrateForExchange: {},
  addConveningSession: { throughB: { conveningId: 'convening' } },
  addUnitComment: { ids: { unitId: 'draftUnit' } },
  advanceExchangePhase: {},
  advanceUnitReview: { ids: { unitId: 'draftUnit' } },
  appointFacilitator: { throughB: { groupId: 'group' } },
  archiveGroup: {},
  archiveUnit: {},
  auditLog: {},
  deleteStudentData: {},
  studentDataSummary: {},
  // OneRoster import: A's network id answers like an unknown one; through B it only reads the probe files.
  previewRosterImport: {},
  applyRosterImport: {},
  changeMemberRole: {},
  checkInAttendee: { throughB: { sessionId: 'session' } },
  setSessionChoice: { throughB: { sessionId: 'session' } },
  chooseSessions: { throughB: { conveningId: 'convening' } },
  createClass: {},
  createConvening: {},
  createExchange: { throughB: { rubricId: 'rubric' } },
  createGoal: {},
  createGroup: {},
  createPost: { throughB: { groupId: 'group' } },
  createRubric: {},
  createSchool: {},
  createUnit: {},
  createLessonStudy: { throughB: { groupId: 'group' } },
  advanceLessonStudy: { id: 'lessonStudy' },
  setLessonStudyLookFors: {},
  setLessonStudyPhaseDates: {},
  nameLessonStudyRole: {},
  removeLessonStudyRole: {},
  inviteKnowledgeableOther: {},
  setLessonStudyObservation: {},
  addDebriefEntry: {},
  advanceDebrief: {},
  proposePlanRevision: {},
  // Its revisionId is aimed at A's unit revision: a plan revision answers NOT_FOUND the same way.
  decidePlanRevision: {},
  acceptPlanRevisions: {},
  shareLessonStudy: {},
  createMentorship: {},
  endMentorship: {},
  logMentoringMeeting: {},
  updateMentorship: {},
  createCalibrationRound: {},
  submitCalibrationScores: {},
  revealCalibrationRound: { id: 'calibrationRound' },
  commentOnCalibrationCell: {},
  agreeCalibrationScore: {},
  offerEssayForCalibration: {},
  // A's published unit, presented again: a CONFLICT to A's own people, NOT_FOUND to everyone else.
  addToShowcase: { ids: { targetId: 'unit' } },
  respondToShowcase: {},
  approveShowcaseItem: {},
  featureShowcaseItem: {},
  // Last: a coordinator of A would take A's item off.
  removeFromShowcase: { last: true },
  // Rosters from and grades to the LMS (A's first class and exchange are in A's LMS course).
  lmsClassLink: {},
  lmsExchangeLink: {},
  syncLmsRoster: {},
  sendGradesToLms: {},
  deactivateMember: {},
  decideGroupProposal: {},
  decideJoinRequest: { throughB: { groupId: 'group' } },
  deletePost: {},
  // A's note's id, sent again by someone else, on A's lesson study's recording.
  addObservationNote: { id: 'observationNote', ids: { mediaId: 'recording' } },
  updateObservationNote: { id: 'observationNote' },
  deleteObservationNote: { id: 'observationNote' },
  duplicateRubric: { id: 'rubric' },
  flagReview: {},
  endorseReview: {},
  approveEndorsement: {},
  withdrawEndorsement: {},
  forkUnit: { throughB: { groupId: 'group' } },
  hidePost: {},
  inviteClassToExchange: { throughB: { exchangeId: 'exchange' } },
  inviteMember: {},
  joinClass: { public: true },
  joinGroup: {},
  leaveGroup: {},
  markConversationRead: {},
  markNotificationsRead: {},
  newInvitationLink: {},
  promoteActionItem: {},
  proposeGroup: {},
  publishConvening: { id: 'convening' },
  publishUnit: { ids: { unitId: 'draftUnit' } },
  publishUnitChanges: {},
  rateReview: {},
  reactivateMember: { ids: { memberId: 'deactivatedMember' } },
  register: {},
  removeStudent: {},
  requestPasswordReset: { public: true },
  resendInvitation: {},
  resetPassword: { public: true },
  resetStudentPassword: {},
  resolveFlag: {},
  resolveUnitComment: {},
  restoreUnitRevision: {},
  revokeInvitation: {},
  saveEssayDraft: {},
  saveReviewDraft: {},
  saveUnitRevision: { ids: { unitId: 'draftUnit' } },
  sendMessage: {},
  recordings: {},
  // Last: it deletes A's recording, which the media routes still read.
  deleteRecording: { id: 'recording', last: true },
  setDigestFrequency: {},
  setMyLocale: {},
  setTeachersMayStartGroups: {},
  shareRubric: { throughB: { groupId: 'group' } },
  signIn: { public: true },
  signOut: { last: true },
  startConversation: {},
  startReview: {},
  startUnitReview: { ids: { unitId: 'draftUnit' }, throughB: { unitId: 'unit' } },
  submitEssay: {},
  essayGiveaways: {},
  submitReview: {},
  // A student's practice scores an anchor paper (an essay of an AGREED round).
  submitCalibrationPractice: { ids: { essayId: 'anchorPaper' } },
  updateConvening: { id: 'convening' },
  updateConveningSession: { id: 'session', throughB: { id: 'session' } },
  updateGoal: { id: 'goal' },
  updateGroup: { id: 'group' },
  updateMember: {},
  updatePost: { id: 'post' },
  updateRubric: {},
  updateSchool: { id: 'school' },
  updateUnit: { ids: { unitId: 'draftUnit' } },
  // LMS platforms (LTI 1.3)
  ltiPlatforms: {},
  ltiToolConfiguration: {},
  registerLtiPlatform: {},
  updateLtiPlatform: { id: 'ltiPlatform' },
  // Last: a coordinator of A would disconnect A's LMS.
  removeLtiPlatform: { id: 'ltiPlatform', last: true },
  // Sign in with Google / Microsoft
  signInProviderOptions: { public: true },
  signInProviders: {},
  setSignInProvider: {},
  setSchoolEmailDomains: {},
  classSignInProvider: {},
  setClassSignInProvider: {},
  mySchoolAccounts: {},
};

/** Every REST route (method and Express path), with how to aim it at A. */
export interface RoutePlan {
  key?: Key;
  /** The URL for the `key` object's id; `of` gives the id of any other kind (aimed the same way). */
  url: (id: string, of: (key: Key) => string) => string;
  public?: true;
  /** A short link (`/go/…`): names no network, acts in the network of the thing it names. */
  link?: true;
}
const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
export const ROUTES: Record<string, RoutePlan> = {
  'GET /api/convenings/:id.ics': { key: 'convening', url: (id) => `/api/convenings/${id}.ics` },
  'GET /api/convenings/:id/registrations.csv': {
    key: 'convening',
    url: (id) => `/api/convenings/${id}/registrations.csv`,
  },
  'GET /api/me/sessions.ics': { url: () => `/api/me/sessions.ics` },
  'GET /api/exchanges/:id/results.csv': { key: 'exchange', url: (id) => `/api/exchanges/${id}/results.csv` },
  'GET /api/networks/:id/health.csv': {
    key: 'network',
    url: (id) => `/api/networks/${id}/health.csv?from=${from}&to=${to}`,
  },
  'GET /api/units/:id/export': { key: 'unit', url: (id) => `/api/units/${id}/export?format=md` },
  'GET /api/networks/:id/audit.csv': { key: 'network', url: (id) => `/api/networks/${id}/audit.csv` },
  'GET /api/networks/:networkId/students/:id/export.zip': {
    key: 'student',
    url: (id, of) => `/api/networks/${of('network')}/students/${id}/export.zip`,
  },
  'GET /api/media/:id': { key: 'recording', url: (id) => `/api/media/${id}?rendition=low` },
  'HEAD /api/uploads/:id': { key: 'recording', url: (id) => `/api/uploads/${id}` },
  'PATCH /api/uploads/:id': { key: 'recording', url: (id) => `/api/uploads/${id}` },
  'POST /api/uploads': { url: () => `/api/uploads` },
  'OPTIONS /api/uploads': { url: () => `/api/uploads` },
  'GET /healthz': { url: () => `/healthz`, public: true },
  // The first page's sign-in form: with no form fields it only redirects back to /sign-in.
  'POST /api/sign-in': { url: () => `/api/sign-in`, public: true },
  // Sign in with Google / Microsoft: redirects only, and take no ids of A.
  'GET /auth/oidc/:provider/start': { url: () => `/auth/oidc/google/start`, public: true },
  'GET /auth/oidc/:provider/callback': { url: () => `/auth/oidc/google/callback?state=x&code=y`, public: true },
  'GET /auth/oidc-link/:token': { url: () => `/auth/oidc-link/not-a-token`, public: true },
  'POST /auth/oidc-link/:token': { url: () => `/auth/oidc-link/not-a-token`, public: true },
  // Short links: public so that a person without a session is sent to sign in and back; to anyone who
  // may not see the thing they answer as for an id nobody has (test/integration/every-link-the-server-writes-leads-to-a-page.test.ts).
  'GET /go/:kind/:id': { key: 'convening', url: (id) => `/go/convening/${id}`, public: true, link: true },
  'GET /convenings/:id': { key: 'convening', url: (id) => `/convenings/${id}`, public: true, link: true },
  // LTI 1.3: public (the LMS's signed token decides); without the platform's token they only refuse.
  'GET /.well-known/jwks.json': { url: () => `/.well-known/jwks.json`, public: true },
  'GET /lti/login': { url: () => `/lti/login`, public: true },
  'POST /lti/login': { url: () => `/lti/login`, public: true },
  'POST /lti/launch': { url: () => `/lti/launch`, public: true },
  'POST /lti/deep-link': { url: () => `/lti/deep-link`, public: true },
};
