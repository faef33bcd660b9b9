import { Module, type OnModuleInit } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../access/access.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { OutboxModule } from '../notifications/outbox.module.js';
import { ActionItemsService } from './action-items.service.js';
import { CheckInService } from './check-in.service.js';
import { LinksCoreModule } from '../links/links-core.module.js';
import { ConveningLinks } from './convening-links.js';
import { ConveningAccessService } from './convening-access.service.js';
import { ConveningFilesController } from './convening-files.controller.js';
import { ConveningFilesService } from './convening-files.service.js';
import { ConveningRemindersService } from './convening-reminders.service.js';
import { ConveningSessionsResolver } from './convening-sessions.resolver.js';
import { ConveningSessionsService } from './convening-sessions.service.js';
import { ConveningViewService } from './convening-view.service.js';
import { ConveningsResolver } from './convenings.resolver.js';
import { ConveningsService } from './convenings.service.js';
import { RegistrationsService } from './registrations.service.js';
import { SeatsService } from './seats.service.js';
import { SessionChoicesResolver } from './session-choices.resolver.js';
import { SessionChoicesService } from './session-choices.service.js';

/** Convenings: planning, registration with waitlists, check-in, live session notes, calendars and reminders. */
@Module({
  imports: [AccessModule, CollaborationModule, GroupsModule, NotificationsCoreModule, OutboxModule, LinksCoreModule],
  providers: [
    ConveningAccessService,
    ConveningLinks,
    ConveningsService,
    ConveningSessionsService,
    SeatsService,
    RegistrationsService,
    CheckInService,
    ActionItemsService,
    ConveningViewService,
    ConveningFilesService,
    ConveningRemindersService,
    ConveningsResolver,
    ConveningSessionsResolver,
    SessionChoicesService,
    SessionChoicesResolver,
  ],
  controllers: [ConveningFilesController],
})
export class ConveningsModule implements OnModuleInit {
  constructor(
    private readonly docs: CollabDocumentsService,
    private readonly access: ConveningAccessService,
  ) {}

  /** The live-document engine asks the convenings' rules who may open a session's notes. */
  onModuleInit(): void {
    this.docs.registerPolicy('SESSION_NOTES', { access: (userId, doc) => this.access.documentAccess(userId, doc) });
  }
}
