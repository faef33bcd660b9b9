import { Module } from '@nestjs/common';
import { AccessModule } from '../../access/access.module.js';
import { LinksCoreModule } from '../../links/links-core.module.js';
import { MediaCoreModule } from '../../media/media-core.module.js';
import { NotificationsCoreModule } from '../../notifications/notifications-core.module.js';
import { UnitAccessService } from '../../units/unit-access.service.js';
import { NoteOwnersModule } from '../note-owners.module.js';
import { MentoringHealthService } from './mentoring-health.service.js';
import { MentoringRegistrations } from './mentoring-links.js';
import { MentorshipAccessService } from './mentorship-access.service.js';
import { MentorshipsResolver } from './mentorships.resolver.js';
import { MentorshipsService } from './mentorships.service.js';

/**
 * Mentoring pairs across schools: pairing with suggested matches, goals, a meeting log, a co-planned
 * unit, and the pair as an owner of recordings and observation notes (docs/mentoring.md).
 * UnitAccessService is stateless (the data source and the access kernel): it is provided here too so
 * that the pair's co-planned unit is checked by the units' own rules.
 */
@Module({
  imports: [AccessModule, LinksCoreModule, MediaCoreModule, NoteOwnersModule, NotificationsCoreModule],
  providers: [
    UnitAccessService,
    MentorshipAccessService,
    MentorshipsService,
    MentoringHealthService,
    MentoringRegistrations,
    MentorshipsResolver,
  ],
})
export class MentoringModule {}
