import { LinksCoreModule } from '../links/links-core.module.js';
import { UnitLinks } from './unit-links.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CollaborationModule } from '../collaboration/collaboration.module.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { GroupsModule } from '../groups/groups.module.js';
import { AccessModule } from '../access/access.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { LibraryService } from './library.service.js';
import { UnitAccessService } from './unit-access.service.js';
import { UnitCommentsService } from './unit-comments.service.js';
import { UnitExportController } from './unit-export.controller.js';
import { UnitExportService } from './unit-export.service.js';
import {
  UnitCommentResolver,
  UnitPartsResolver,
  UnitReviewResolver,
  UnitRevisionResolver,
} from './unit-parts.resolver.js';
import { UnitReviewsService } from './unit-reviews.service.js';
import { UnitRevisionsService } from './unit-revisions.service.js';
import { UnitVersionResolver, UnitVersionsResolver } from './unit-versions.resolver.js';
import { UnitVersionsService } from './unit-versions.service.js';
import { UnitViewService } from './unit-view.service.js';
import { UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

/** Curriculum units co-written live by job-alike groups: their rules, library, reviews and exports. */
@Module({
  imports: [AccessModule, AuditModule, CollaborationModule, GroupsModule, NotificationsCoreModule, LinksCoreModule],
  providers: [
    UnitAccessService,
    UnitLinks,
    UnitsService,
    UnitRevisionsService,
    UnitVersionsService,
    UnitCommentsService,
    UnitReviewsService,
    LibraryService,
    UnitViewService,
    UnitExportService,
    UnitsResolver,
    UnitPartsResolver,
    UnitRevisionResolver,
    UnitCommentResolver,
    UnitReviewResolver,
    UnitVersionsResolver,
    UnitVersionResolver,
  ],
  controllers: [UnitExportController],
})
export class UnitsModule implements OnModuleInit {
  constructor(
    private readonly docs: CollabDocumentsService,
    private readonly access: UnitAccessService,
  ) {}

  /** The live-document engine asks the units' rules who may open a unit's document. */
  onModuleInit(): void {
    this.docs.registerPolicy('UNIT', { access: (userId, doc) => this.access.documentAccess(userId, doc) });
  }
}
