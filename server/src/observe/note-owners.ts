import { Injectable } from '@nestjs/common';
import type { LookFor, NetworkRole, ObservationOwnerKind } from '@switchback/shared';

/** What a person may do with the observation notes of one owner (a lesson-study cycle, a mentoring pair). */
export interface NoteAccess {
  networkId: string;
  /** May write notes now (an observer while the lesson is observed; either member of a pair). */
  write: boolean;
  /** Sees everyone's notes (after the debrief opens; always, within a pair); otherwise only their own. */
  seeAll: boolean;
  /** The points a note may be tagged with (empty: untagged notes). */
  lookFors: LookFor[];
  /**
   * The owner's current round (a lesson-study cycle's second round after a re-teach): new notes carry
   * it. Absent: 1.
   */
  round?: number;
  /**
   * Everyone's notes of rounds up to this one are shared; later rounds' notes stay each author's own
   * (e.g. 1 while round 2 is re-taught, 2 once its debrief opens). Absent: every round when `seeAll`
   * holds, none otherwise. `seeAll` says whether the current round's notes are shared.
   */
  sharedThroughRound?: number;
  /**
   * For a person with no membership of the owner's network whom the owner lets in as a guest (a
   * knowledgeable other invited from another network): the role decided on in place of a membership's.
   * Left out, a person without an active membership there gets "not found".
   */
  guestRole?: NetworkRole;
}

/**
 * The owning feature's answer for observation notes of one kind of owner; `null` for anyone who may
 * not learn that the owner exists (and for ids nobody has).
 */
export interface NoteOwner {
  access(userId: string, ownerId: string): Promise<NoteAccess | null>;
  /**
   * Everyone who may take part (whose `access` is not null), for live updates: each is asked
   * `access` again and told only what they may see. Optional: without it only the author hears.
   */
  participants?(ownerId: string): Promise<string[]>;
}

/** The note owners of every kind; each owning feature registers its own at start-up. */
@Injectable()
export class NoteOwners {
  private readonly owners = new Map<ObservationOwnerKind, NoteOwner>();

  register(kind: ObservationOwnerKind, owner: NoteOwner): void {
    this.owners.set(kind, owner);
  }

  /** Unknown kinds grant nothing. */
  async access(kind: ObservationOwnerKind, userId: string, ownerId: string): Promise<NoteAccess | null> {
    const owner = this.owners.get(kind);
    return owner ? owner.access(userId, ownerId) : null;
  }

  /** The owner's participants (empty for unknown kinds and owners that do not say). */
  async participants(kind: ObservationOwnerKind, ownerId: string): Promise<string[]> {
    const owner = this.owners.get(kind);
    return owner?.participants ? owner.participants(ownerId) : [];
  }
}
