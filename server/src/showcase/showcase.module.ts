import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ExchangeAccessService } from '../feedback/exchange-access.service.js';
import { NetworkGiveawaysService } from '../feedback/network-giveaways.service.js';
import { LinksCoreModule } from '../links/links-core.module.js';
import { NotificationsCoreModule } from '../notifications/notifications-core.module.js';
import { UnitAccessService } from '../units/unit-access.service.js';
import { ShowcaseAccessService } from './showcase-access.service.js';
import { ShowcaseLinks } from './showcase-links.js';
import { ShowcaseTargetsService } from './showcase-targets.service.js';
import { ShowcaseResolver, ShowcaseResponseResolver } from './showcase.resolver.js';
import { ShowcaseService } from './showcase.service.js';

/**
 * The network's showcase (author's chair): docs/showcase.md. UnitAccessService,
 * ExchangeAccessService and NetworkGiveawaysService are stateless (the data source and the access kernel): they are provided here
 * too, so that what a teacher presents is checked by the units' and exchanges' own rules.
 */
@Module({
  imports: [AccessModule, AuditModule, LinksCoreModule, NotificationsCoreModule],
  providers: [
    UnitAccessService,
    ExchangeAccessService,
    NetworkGiveawaysService,
    ShowcaseAccessService,
    ShowcaseTargetsService,
    ShowcaseService,
    ShowcaseLinks,
    ShowcaseResolver,
    ShowcaseResponseResolver,
  ],
})
export class ShowcaseModule {}
