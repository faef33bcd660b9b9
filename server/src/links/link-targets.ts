import { Injectable } from '@nestjs/common';
import type { LinkKindName } from '@switchback/shared';

/** Where a thing lives, for someone allowed to see it: its network and, for some kinds, its parent's id. */
export interface LinkPlace {
  networkId: string;
  /** The convening of a session, the exchange of a review, the group of a post (see shared/src/links.ts). */
  parentId?: string;
  /** The id its page shows it under, when not its own (a reply: the post it answers). */
  shownAs?: string;
  /** A guest of another network (no membership there): the kind's guest page, when it has one. */
  guest?: boolean;
}

/**
 * Whether `userId` may see the thing `id` of one kind (decided by its feature's access service, with
 * the policy tables) and where it lives; `null` for anyone who may not see it and for ids nobody has:
 * the two must not be told apart.
 */
export type LinkResolver = (userId: string, id: string) => Promise<LinkPlace | null>;

/** The resolvers of every short-link kind; each owning feature registers its own at start-up. */
@Injectable()
export class LinkTargets {
  private readonly resolvers = new Map<LinkKindName, LinkResolver>();

  register(kind: LinkKindName, resolve: LinkResolver): void {
    this.resolvers.set(kind, resolve);
  }

  registered(): LinkKindName[] {
    return [...this.resolvers.keys()];
  }

  /** Unknown kinds lead nowhere. */
  async place(kind: LinkKindName, userId: string, id: string): Promise<LinkPlace | null> {
    const resolve = this.resolvers.get(kind);
    return resolve ? resolve(userId, id) : null;
  }
}
