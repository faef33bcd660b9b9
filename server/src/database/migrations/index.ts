import { LtiCore1799100000000 } from './1799100000000-LtiCore.js';
import { LtiServices1799150000000 } from './1799150000000-LtiServices.js';
import { SignInProviders1799000000000 } from './1799000000000-SignInProviders.js';
import { Showcase1798030000000 } from './1798030000000-Showcase.js';
import { StudentCalibration1798020000000 } from './1798020000000-StudentCalibration.js';
import { ReviewEndorsements1798040000000 } from './1798040000000-ReviewEndorsements.js';
import { OneRosterLinks1799200000000 } from './1799200000000-OneRosterLinks.js';
import { CalibrationRounds1798000000000 } from './1798000000000-CalibrationRounds.js';
import { CalibrationOffers1798010000000 } from './1798010000000-CalibrationOffers.js';
import { NoteRounds1797960000000 } from './1797960000000-NoteRounds.js';
import { NotificationLink1797970000000 } from './1797970000000-NotificationLink.js';
import { MediaAssets1797910000000 } from './1797910000000-MediaAssets.js';
import { Debrief1797940000000 } from './1797940000000-Debrief.js';
import { LessonStudies1797920000000 } from './1797920000000-LessonStudies.js';
import { ObservationNotes1797930000000 } from './1797930000000-ObservationNotes.js';
import { Mentoring1797950000000 } from './1797950000000-Mentoring.js';
import { MessageRate1797800000001 } from './1797800000001-MessageRate.js';
import { Conversations1797500000000 } from './1797500000000-Conversations.js';
import { GroupProposals1797400000000 } from './1797400000000-GroupProposals.js';
import { UnitVersions1797200000000 } from './1797200000000-UnitVersions.js';
import { AttemptLimiterAndPersonalMail1796588925733 } from './1796588925733-AttemptLimiterAndPersonalMail.js';
import { Convenings1795374000000 } from './1795374000000-Convenings.js';
import { PeerReviews1795370894726 } from './1795370894726-PeerReviews.js';
import { Exchanges1795367162622 } from './1795367162622-Exchanges.js';
import { Rubrics1795365188070 } from './1795365188070-Rubrics.js';
import { CollabUnits1795361492328 } from './1795361492328-CollabUnits.js';
import { Groups1795354982725 } from './1795354982725-Groups.js';
import { Initial1795353695447 } from './1795353695447-Initial.js';
import { NotificationUnit1797800000000 } from './1797800000000-NotificationUnit.js';
/** Every migration, in order. `npm run migration:generate -- Name` adds to this list. */
export const MIGRATIONS: (new () => object)[] = [
  Initial1795353695447,
  Groups1795354982725,
  CollabUnits1795361492328,
  Rubrics1795365188070,
  Exchanges1795367162622,
  PeerReviews1795370894726,
  Convenings1795374000000,
  AttemptLimiterAndPersonalMail1796588925733,
  UnitVersions1797200000000,
  GroupProposals1797400000000,
  Conversations1797500000000,
  NotificationUnit1797800000000,
  MessageRate1797800000001,
  MediaAssets1797910000000,
  LessonStudies1797920000000,
  ObservationNotes1797930000000,
  Debrief1797940000000,
  Mentoring1797950000000,
  NoteRounds1797960000000,
  NotificationLink1797970000000,
  CalibrationRounds1798000000000,
  CalibrationOffers1798010000000,
  StudentCalibration1798020000000,
  Showcase1798030000000,
  ReviewEndorsements1798040000000,
  LtiCore1799100000000,
  LtiServices1799150000000,
  OneRosterLinks1799200000000,
  SignInProviders1799000000000,
];
