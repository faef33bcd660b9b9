import { Injectable } from '@nestjs/common';
import type { ObservationOwnerKind } from '@switchback/shared';
import { AccessService } from '../../access/access.service.js';
import {
  observationNotePolicy,
  type ObservationNoteAction,
  type ObservationNoteFacts,
} from '../../access/policies/observation-note.policy.js';
import { notFound } from '../../common/errors.js';
import type { Membership } from '../../networks/membership.entity.js';
import { NoteOwners, type NoteAccess } from '../note-owners.js';

export interface NoteContext {
  kind: ObservationOwnerKind;
  ownerId: string;
  /** The caller. */
  userId: string;
  access: NoteAccess;
  /** The caller's active membership of the owner's network (null for a guest the owner lets in). */
  me: Membership | null;
  facts: ObservationNoteFacts;
  /** The round new notes carry (the owner's current round). */
  round: number;
  /** Others' notes of rounds up to this one are visible; null: every round's. */
  sharedThrough: number | null;
}

const OWNER_NAMES: Record<ObservationOwnerKind, string> = {
  LESSON_STUDY: 'lesson study',
  MENTORSHIP: 'mentoring pair',
};

/**
 * Loads the facts the observation-note policy decides on (`access/policies/observation-note.policy.ts`)
 * from the owning feature (`NoteOwners`) and the caller's membership. Whoever the owner does not
 * include (outsiders, students, other networks) gets "not found", exactly as for an id nobody has.
 */
@Injectable()
export class ObservationNoteAccessService {
  constructor(
    private readonly owners: NoteOwners,
    private readonly access: AccessService,
  ) {}

  /** The caller's context when they may at least read their own notes of the owner. */
  async require(userId: string, kind: ObservationOwnerKind, ownerId: string): Promise<NoteContext> {
    const ctx = await this.context(userId, kind, ownerId);
    if (!ctx) throw notFound(OWNER_NAMES[kind] ?? 'owner');
    return ctx;
  }

  /** As `require`, but null instead of "not found" (for choosing who hears a live event). */
  async context(userId: string, kind: ObservationOwnerKind, ownerId: string): Promise<NoteContext | null> {
    const access = await this.owners.access(kind, userId, ownerId);
    if (!access) return null;
    const me = await this.access.activeMembership(userId, access.networkId);
    const role = me?.role ?? access.guestRole;
    if (!role) return null;
    const facts: ObservationNoteFacts = {
      role,
      participant: true,
      write: access.write,
      seeAll: access.seeAll,
      author: false,
    };
    const round = access.round ?? 1;
    const sharedThrough = access.sharedThroughRound ?? (access.seeAll ? null : 0);
    return observationNotePolicy.allows(facts, 'read')
      ? { kind, ownerId, userId, access, me, facts, round, sharedThrough }
      : null;
  }

  allows(ctx: NoteContext, action: ObservationNoteAction, author = false): boolean {
    return observationNotePolicy.allows({ ...ctx.facts, author }, action);
  }

  /**
   * Whether the caller may see one note: their own, or another's once its round is shared (the
   * policy's `readAll`, decided for that note's round).
   */
  seesNote(ctx: NoteContext, note: { authorId: string; round: number }): boolean {
    if (note.authorId === ctx.userId) return this.allows(ctx, 'read');
    const shared = ctx.sharedThrough === null || note.round <= ctx.sharedThrough;
    return observationNotePolicy.allows({ ...ctx.facts, seeAll: shared, author: false }, 'readAll');
  }

  assert(ctx: NoteContext, action: ObservationNoteAction, author = false): void {
    observationNotePolicy.assert({ ...ctx.facts, author }, action);
  }

  /** Everyone the owner names as a participant (for live updates). */
  participants(kind: ObservationOwnerKind, ownerId: string): Promise<string[]> {
    return this.owners.participants(kind, ownerId);
  }
}
