import { Module, type OnModuleInit } from '@nestjs/common';
import { AccessEventsModule } from '../../access/access-events.module.js';
import { AccessModule } from '../../access/access.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { CollaborationModule } from '../../collaboration/collaboration.module.js';
import { CollabDocumentsService } from '../../collaboration/documents.service.js';
import { GroupsModule } from '../../groups/groups.module.js';
import { LinksCoreModule } from '../../links/links-core.module.js';
import { MediaCoreModule } from '../../media/media-core.module.js';
import { MediaOwners } from '../../media/media-owners.js';
import { NoteOwnersModule } from '../note-owners.module.js';
import { NoteOwners } from '../note-owners.js';
import { NotificationsCoreModule } from '../../notifications/notifications-core.module.js';
import { OutboxModule } from '../../notifications/outbox.module.js';
import { LessonPlanVersionsService } from './lesson-plan-versions.service.js';
import { LessonStudiesResolver } from './lesson-studies.resolver.js';
import { LessonStudiesService } from './lesson-studies.service.js';
import { LessonStudyAccessService } from './lesson-study-access.service.js';
import { LessonStudyGuestsResolver } from './lesson-study-guests.resolver.js';
import { LessonStudyGuestsService } from './lesson-study-guests.service.js';
import { LessonStudyLinks } from './lesson-study-links.js';
import { LessonStudyOpenClassService } from './lesson-study-open-class.service.js';
import { LessonStudyOwners, lessonStudyMediaOwner, lessonStudyNoteOwner } from './lesson-study-owners.js';
import { LessonStudyPeopleService } from './lesson-study-people.service.js';

/**
 * Lesson-study cycles: the research lesson planned live, taught and observed, debriefed, revised
 * and shared. Registers the cycle's rules with the live documents (LESSON_PLAN), media and notes.
 */
@Module({
  imports: [
    AccessModule,
    AccessEventsModule,
    AuditModule,
    CollaborationModule,
    GroupsModule,
    MediaCoreModule,
    NoteOwnersModule,
    LinksCoreModule,
    NotificationsCoreModule,
    OutboxModule,
  ],
  providers: [
    LessonStudyAccessService,
    LessonStudiesService,
    LessonStudyPeopleService,
    LessonPlanVersionsService,
    LessonStudyOwners,
    LessonStudyLinks,
    LessonStudyOpenClassService,
    LessonStudiesResolver,
    LessonStudyGuestsService,
    LessonStudyGuestsResolver,
  ],
  exports: [LessonStudyAccessService, LessonStudiesService, LessonPlanVersionsService],
})
export class LessonStudiesModule implements OnModuleInit {
  constructor(
    private readonly docs: CollabDocumentsService,
    private readonly access: LessonStudyAccessService,
    private readonly owners: LessonStudyOwners,
    private readonly media: MediaOwners,
    private readonly notes: NoteOwners,
  ) {}

  onModuleInit(): void {
    this.docs.registerPolicy('LESSON_PLAN', { access: (userId, doc) => this.access.documentAccess(userId, doc) });
    this.media.register('LESSON_STUDY', lessonStudyMediaOwner(this.owners));
    this.notes.register('LESSON_STUDY', lessonStudyNoteOwner(this.owners));
  }
}
