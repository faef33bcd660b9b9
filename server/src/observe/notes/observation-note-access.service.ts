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
  access: NoteAccess;
  /** The caller's active membership of the owner's network (null for a guest the owner lets in). */
  me: Membership | null;
  facts: ObservationNoteFacts;
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
    return observationNotePolicy.allows(facts, 'read') ? { kind, ownerId, access, me, facts } : null;
  }

  allows(ctx: NoteContext, action: ObservationNoteAction, author = false): boolean {
    return observationNotePolicy.allows({ ...ctx.facts, author }, action);
  }

  assert(ctx: NoteContext, action: ObservationNoteAction, author = false): void {
    observationNotePolicy.assert({ ...ctx.facts, author }, action);
  }

  /** Everyone the owner names as a participant (for live updates). */
  participants(kind: ObservationOwnerKind, ownerId: string): Promise<string[]> {
    return this.owners.participants(kind, ownerId);
  }
}
