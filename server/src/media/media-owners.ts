import { Injectable } from '@nestjs/common';
import type { NetworkRole, ObservationOwnerKind } from '@switchback/shared';

/** What a person may do with the recordings of one owner (a lesson-study cycle, a mentoring pair). */
export interface MediaAccess {
  /** The owner's network (media rows, audit events and retention are filed under it). */
  networkId: string;
  /** May upload a recording to it (e.g. the teaching teacher while the lesson is taught). */
  upload: boolean;
  /** May watch its recordings. */
  view: boolean;
  /**
   * For a person with no membership of the owner's network whom the owner lets in as a guest (a
   * knowledgeable other invited from another network): the role decided on in place of a membership's.
   * Left out, a person without an active membership there gets "not found".
   */
  guestRole?: NetworkRole;
}

/**
 * The owning feature's answer for recordings of one kind of owner. `access` returns `null` for
 * anyone who may not learn that the owner exists (and for ids nobody has): the two must not be told
 * apart. Retention counts from `closedAt` (`null` while the owner is open).
 */
export interface MediaOwner {
  access(userId: string, ownerId: string): Promise<MediaAccess | null>;
  closedAt(ownerId: string): Promise<Date | null>;
  /** Who is warned before the owner's recordings are deleted. */
  participants(ownerId: string): Promise<string[]>;
}

/** The media owners of every kind; each owning feature registers its own at start-up. */
@Injectable()
export class MediaOwners {
  private readonly owners = new Map<ObservationOwnerKind, MediaOwner>();

  register(kind: ObservationOwnerKind, owner: MediaOwner): void {
    this.owners.set(kind, owner);
  }

  /** Unknown kinds grant nothing. */
  async access(kind: ObservationOwnerKind, userId: string, ownerId: string): Promise<MediaAccess | null> {
    const owner = this.owners.get(kind);
    return owner ? owner.access(userId, ownerId) : null;
  }

  owner(kind: ObservationOwnerKind): MediaOwner | null {
    return this.owners.get(kind) ?? null;
  }
}
