import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LinkTargets } from '../../links/link-targets.js';
import { MediaOwners } from '../../media/media-owners.js';
import { NoteOwners } from '../note-owners.js';
import { MentorshipAccessService } from './mentorship-access.service.js';
import { Mentorship } from './mentorship.entity.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * What mentoring registers with the shared registries at start-up: short links
 * (`/go/mentorship/<id>`, for whoever may see the pair), and the pair as an owner of recordings and
 * observation notes. Recordings and notes are the pair's alone: coordinators get `null` (as for an
 * id nobody has), like everyone else outside the pair. Notes within a pair are untagged (no look-fors):
 * a pair's goals are free text that changes, not a fixed list to tag evidence with.
 */
@Injectable()
export class MentoringRegistrations implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: LinkTargets,
    private readonly media: MediaOwners,
    private readonly notes: NoteOwners,
    private readonly access: MentorshipAccessService,
  ) {}

  onModuleInit(): void {
    this.links.register('mentorship', async (userId, id) => {
      const ctx = await this.access.find(userId, id);
      return ctx ? { networkId: ctx.mentorship.networkId } : null;
    });
    this.media.register('MENTORSHIP', {
      access: async (userId, id) => {
        const ctx = await this.access.find(userId, id);
        if (!ctx || !this.access.allows(ctx, 'readPrivate')) return null;
        const write = this.access.allows(ctx, 'write');
        return { networkId: ctx.mentorship.networkId, upload: write, view: write };
      },
      closedAt: async (id) => (await this.db.getRepository(Mentorship).findOneBy({ id }))?.endedAt ?? null,
      participants: async (id) => {
        const m = await this.db.getRepository(Mentorship).findOneBy({ id });
        return m ? [m.mentorId, m.menteeId] : [];
      },
    });
    this.notes.register('MENTORSHIP', {
      access: async (userId, id) => {
        const ctx = await this.access.find(userId, id);
        if (!ctx || !this.access.allows(ctx, 'readPrivate')) return null;
        return {
          networkId: ctx.mentorship.networkId,
          write: this.access.allows(ctx, 'write'),
          seeAll: true,
          lookFors: [],
        };
      },
    });
  }
}
