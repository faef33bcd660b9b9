import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { CollaborationModule } from '../../collaboration/collaboration.module.js';
import { RevisionsMadeResolver } from '../../insights/revisions-made.js';
import { LivePublisherModule } from '../../live/live-publisher.module.js';
import { DebriefLive } from './debrief-live.js';
import { LessonStudiesModule } from '../lesson-studies/lesson-studies.module.js';
import { ObservationNotesModule } from '../notes/observation-notes.module.js';
import { LessonStudyAdapter } from './lesson-study-adapter.js';
import { LessonStudyPort } from './lesson-study-port.js';
import {
  DebriefEntryResolver,
  DebriefResolver,
  LessonStudyRecordResolver,
  PlanRevisionResolver,
  UnitLessonStudiesResolver,
} from './debrief.resolver.js';
import { DebriefService } from './debrief.service.js';
import { PlanRevisionsService } from './plan-revisions.service.js';
import { ShareService } from './share.service.js';

/** A lesson study's debrief protocol, plan revisions (new plan versions) and the shared record. */
@Module({
  imports: [
    AccessModule,
    AuditModule,
    CollaborationModule,
    LessonStudiesModule,
    LivePublisherModule,
    ObservationNotesModule,
  ],
  providers: [
    { provide: LessonStudyPort, useClass: LessonStudyAdapter },
    DebriefLive,
    DebriefService,
    PlanRevisionsService,
    ShareService,
    DebriefResolver,
    DebriefEntryResolver,
    PlanRevisionResolver,
    LessonStudyRecordResolver,
    UnitLessonStudiesResolver,
    RevisionsMadeResolver,
  ],
  exports: [ShareService],
})
export class DebriefModule {}
