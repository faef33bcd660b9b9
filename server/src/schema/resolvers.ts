import { AuthResolver } from '../auth/auth.resolver.js';
import { ClassesResolver } from '../classes/classes.resolver.js';
import { InvitationsResolver } from '../networks/invitations.resolver.js';
import { MembersResolver } from '../networks/members.resolver.js';
import { MembershipResolver } from '../networks/membership.resolver.js';
import { NetworksResolver } from '../networks/networks.resolver.js';
import { SchoolsResolver } from '../networks/schools.resolver.js';
import { OutboxResolver } from '../notifications/outbox.resolver.js';
import { NotificationsResolver } from '../notifications/notifications.resolver.js';
import { GroupsResolver } from '../groups/groups.resolver.js';
import { GroupProposalsResolver } from '../groups/group-proposals.resolver.js';
import { GroupActivityResolver, GroupMemberResolver } from '../groups/group-member.resolver.js';
import { GoalsResolver, PostsResolver } from '../groups/posts.resolver.js';
import { UnitsResolver } from '../units/units.resolver.js';
import {
  UnitCommentResolver,
  UnitPartsResolver,
  UnitReviewResolver,
  UnitRevisionResolver,
} from '../units/unit-parts.resolver.js';
import { UnitVersionResolver, UnitVersionsResolver } from '../units/unit-versions.resolver.js';
import { RubricsResolver } from '../feedback/rubrics.resolver.js';
import { StudentCalibrationResolver } from '../feedback/student-calibration/student-calibration.resolver.js';
import { ExchangesResolver } from '../feedback/exchanges.resolver.js';
import { SubmissionsResolver } from '../feedback/submissions.resolver.js';
import { ReviewsResolver } from '../feedback/reviews.resolver.js';
import { EndorsementsResolver } from '../feedback/endorsements/endorsements.resolver.js';
import { NetworkHealthResolver } from '../insights/network-health.resolver.js';
import { ConveningsResolver } from '../convenings/convenings.resolver.js';
import { ConveningSessionsResolver } from '../convenings/convening-sessions.resolver.js';
import { SessionChoicesResolver } from '../convenings/session-choices.resolver.js';
import { AuditLogResolver } from '../audit/audit-log.resolver.js';
import { StudentDataResolver } from '../privacy/student-data.resolver.js';
import { ConversationMessageResolver, ConversationsResolver } from '../conversations/conversations.resolver.js';
import { MentorshipsResolver } from '../observe/mentoring/mentorships.resolver.js';
import { ShowcaseResolver, ShowcaseResponseResolver } from '../showcase/showcase.resolver.js';
import { LmsSyncResolver } from '../integrations/lti/services/lms-sync.resolver.js';
import { RosterImportResolver } from '../integrations/oneroster/roster-import.resolver.js';
import { SignInProvidersResolver } from '../auth/oidc/sign-in-providers.resolver.js';
import { ToDoResolver } from '../todo/to-do.resolver.js';
import { RecordingsResolver } from '../media/recordings.resolver.js';
import { LessonStudiesResolver } from '../observe/lesson-studies/lesson-studies.resolver.js';
import { LessonStudyGuestsResolver } from '../observe/lesson-studies/lesson-study-guests.resolver.js';
import { ObservationNotesResolver } from '../observe/notes/observation-notes.resolver.js';

/**
 * Every resolver, for printing the schema without a database. A test checks that the running
 * app's schema equals the committed file, so a resolver missing here is caught.
 */
import {
  DebriefEntryResolver,
  DebriefResolver,
  LessonStudyRecordResolver,
  PlanRevisionResolver,
  UnitLessonStudiesResolver,
} from '../observe/debrief/debrief.resolver.js';
import { RevisionsMadeResolver } from '../insights/revisions-made.js';
import { CalibrationRoundsResolver } from '../feedback/calibration/calibration-rounds.resolver.js';
import { CalibrationHealthResolver } from '../feedback/calibration/calibration-health.resolver.js';
import { LtiPlatformsResolver } from '../integrations/lti/lti-platforms.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  NetworksResolver,
  SchoolsResolver,
  MembersResolver,
  MembershipResolver,
  InvitationsResolver,
  ClassesResolver,
  OutboxResolver,
  NotificationsResolver,
  GroupsResolver,
  GroupProposalsResolver,
  GroupMemberResolver,
  GroupActivityResolver,
  PostsResolver,
  GoalsResolver,
  UnitsResolver,
  UnitPartsResolver,
  UnitRevisionResolver,
  UnitCommentResolver,
  UnitReviewResolver,
  UnitVersionsResolver,
  UnitVersionResolver,
  RubricsResolver,
  ExchangesResolver,
  SubmissionsResolver,
  ReviewsResolver,
  StudentCalibrationResolver,
  EndorsementsResolver,
  NetworkHealthResolver,
  ConveningsResolver,
  ConveningSessionsResolver,
  SessionChoicesResolver,
  AuditLogResolver,
  StudentDataResolver,
  ConversationsResolver,
  ConversationMessageResolver,
  MentorshipsResolver,
  ToDoResolver,
  RecordingsResolver,
  LessonStudiesResolver,
  LessonStudyGuestsResolver,
  ObservationNotesResolver,
  DebriefResolver,
  DebriefEntryResolver,
  PlanRevisionResolver,
  LessonStudyRecordResolver,
  UnitLessonStudiesResolver,
  RevisionsMadeResolver,
  CalibrationRoundsResolver,
  CalibrationHealthResolver,
  ShowcaseResolver,
  ShowcaseResponseResolver,
  LtiPlatformsResolver,
  LmsSyncResolver,
  RosterImportResolver,
  SignInProvidersResolver,
];
