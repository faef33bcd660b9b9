import { User } from '../auth/user.entity.js';
import { Session } from '../auth/session.entity.js';
import { RateLimitBucket } from '../auth/rate-limit-bucket.entity.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { Network } from '../networks/network.entity.js';
import { School } from '../networks/school.entity.js';
import { Membership } from '../networks/membership.entity.js';
import { Invitation } from '../networks/invitation.entity.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { Enrollment } from '../classes/enrollment.entity.js';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Group } from '../groups/group.entity.js';
import { GroupProposal } from '../groups/group-proposal.entity.js';
import { GroupMember } from '../groups/group-member.entity.js';
import { Goal } from '../groups/goal.entity.js';
import { Post } from '../groups/post.entity.js';
import { GroupActivity } from '../groups/group-activity.entity.js';
import { Document } from '../collaboration/document.entity.js';
import { DocumentUpdate } from '../collaboration/document-update.entity.js';
import { DocumentContributor } from '../collaboration/document-contributor.entity.js';
import { Unit } from '../units/unit.entity.js';
import { UnitRevision } from '../units/unit-revision.entity.js';
import { UnitVersion } from '../units/unit-version.entity.js';
import { UnitComment } from '../units/unit-comment.entity.js';
import { UnitReview, UnitReviewFriend } from '../units/unit-review.entity.js';
import { Rubric } from '../feedback/rubric.entity.js';
import { Exchange } from '../feedback/exchange.entity.js';
import { ExchangeClass } from '../feedback/exchange-class.entity.js';
import { PeerReview } from '../feedback/peer-review.entity.js';
import { ReviewFlag } from '../feedback/review-flag.entity.js';
import { Submission } from '../feedback/submission.entity.js';
import { Convening } from '../convenings/convening.entity.js';
import { ConveningSession } from '../convenings/convening-session.entity.js';
import { ConveningRegistration } from '../convenings/convening-registration.entity.js';
import { SessionSeat } from '../convenings/session-seat.entity.js';
import { SessionActionItem } from '../convenings/action-item.entity.js';
import { ConveningReminder } from '../convenings/convening-reminder.entity.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { ConversationParticipant } from '../conversations/participant.entity.js';
import { ConversationMessage } from '../conversations/message.entity.js';
import { MediaAsset } from '../media/media-asset.entity.js';
import { LessonStudy } from '../observe/lesson-studies/lesson-study.entity.js';
import { LessonStudyParticipant } from '../observe/lesson-studies/lesson-study-participant.entity.js';
import { LessonPlanVersion } from '../observe/lesson-studies/lesson-plan-version.entity.js';
import { ObservationNote } from '../observe/notes/observation-note.entity.js';
import { Mentorship } from '../observe/mentoring/mentorship.entity.js';
import { MentoringMeeting } from '../observe/mentoring/mentoring-meeting.entity.js';

/** Every entity, listed once (ES modules have no glob loading). */
import { DebriefEntry } from '../observe/debrief/debrief-entry.entity.js';
import { DebriefProgress } from '../observe/debrief/debrief-progress.entity.js';
import { PlanRevision } from '../observe/debrief/plan-revision.entity.js';
import { LessonStudyRecord } from '../observe/debrief/lesson-study-record.entity.js';
import { CalibrationRound } from '../feedback/calibration/calibration-round.entity.js';
import { CalibrationEssay } from '../feedback/calibration/calibration-essay.entity.js';
import { CalibrationScore } from '../feedback/calibration/calibration-score.entity.js';
import { CalibrationAgreedScore } from '../feedback/calibration/calibration-agreed-score.entity.js';
import { CalibrationComment } from '../feedback/calibration/calibration-comment.entity.js';
import { CalibrationEssayOffer } from '../feedback/calibration/calibration-essay-offer.entity.js';
import { ShowcaseItem } from '../showcase/showcase-item.entity.js';
import { ShowcaseResponse } from '../showcase/showcase-response.entity.js';
import { ExchangeCalibrationEssay } from '../feedback/student-calibration/exchange-calibration-essay.entity.js';
import { StudentCalibrationAttempt } from '../feedback/student-calibration/student-calibration-attempt.entity.js';
import { ReviewEndorsement } from '../feedback/endorsements/review-endorsement.entity.js';
import { LTI_ENTITIES } from '../integrations/lti/lti-entities.js';
import { LTI_SERVICES_ENTITIES } from '../integrations/lti/services/lti-services-entities.js';
import { OneRosterLink } from '../integrations/oneroster/oneroster-link.entity.js';
import { NetworkSignInProvider } from '../auth/oidc/network-sign-in-provider.entity.js';
import { SchoolEmailDomain } from '../auth/oidc/school-email-domain.entity.js';
import { ClassSignInSetting } from '../auth/oidc/class-sign-in-setting.entity.js';
import { OidcLink } from '../auth/oidc/oidc-link.entity.js';
import { OidcPendingLink } from '../auth/oidc/oidc-pending-link.entity.js';
import { OidcFlow } from '../auth/oidc/oidc-flow.entity.js';

export const ENTITIES = [
  User,
  Session,
  RateLimitBucket,
  PasswordReset,
  Network,
  School,
  Membership,
  Invitation,
  SchoolClass,
  Enrollment,
  OutboxMessage,
  AuditEvent,
  Notification,
  Group,
  GroupProposal,
  GroupMember,
  Goal,
  Post,
  GroupActivity,
  Document,
  DocumentUpdate,
  DocumentContributor,
  Unit,
  UnitRevision,
  UnitVersion,
  UnitComment,
  UnitReview,
  UnitReviewFriend,
  Rubric,
  Exchange,
  ExchangeClass,
  Submission,
  PeerReview,
  ReviewFlag,
  Convening,
  ConveningSession,
  ConveningRegistration,
  SessionSeat,
  SessionActionItem,
  ConveningReminder,
  Conversation,
  ConversationParticipant,
  ConversationMessage,
  MediaAsset,
  LessonStudy,
  LessonStudyParticipant,
  LessonPlanVersion,
  ObservationNote,
  DebriefEntry,
  DebriefProgress,
  PlanRevision,
  LessonStudyRecord,
  Mentorship,
  MentoringMeeting,
  CalibrationRound,
  CalibrationEssay,
  CalibrationScore,
  CalibrationAgreedScore,
  CalibrationComment,
  CalibrationEssayOffer,
  ShowcaseItem,
  ShowcaseResponse,
  ExchangeCalibrationEssay,
  StudentCalibrationAttempt,
  ReviewEndorsement,
  ...LTI_ENTITIES,
  ...LTI_SERVICES_ENTITIES,
  OneRosterLink,
  // Sign in with Google / Microsoft
  NetworkSignInProvider,
  SchoolEmailDomain,
  ClassSignInSetting,
  OidcLink,
  OidcPendingLink,
  OidcFlow,
];
