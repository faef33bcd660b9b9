/**
 * Stable short links: `/go/<kind>/<id>` names one thing of a network without naming the network.
 * Every email, calendar file, digest and export the server writes links this way; the server
 * resolves the thing's network (for someone allowed to see it) and redirects to its page in the app,
 * built here from one table whose patterns are routes of the client's router (checked by
 * test/integration/every-link-the-server-writes-leads-to-a-page.test.ts). A new kind: add it to LINK_KINDS
 * with its pattern and builder, and register who may follow it in its feature's server module
 * (a LinkTargets resolver, see server/src/links/).
 */

/** What the server knows of a thing once it may show it: the network's slug and the ids its page needs. */
export interface LinkTarget {
  slug: string;
  id: string;
  /** The convening of a session, the exchange of a review, the group of a post. */
  parentId?: string;
}

export interface LinkKind {
  /** The app route it lands on, as in client/src/app/router.tsx (without a #fragment). */
  pattern: string;
  /** The in-app path of one thing. */
  path: (t: LinkTarget) => string;
  /**
   * Where it lands for a guest of another network (no membership, so no `/n/:slug` page): a route
   * outside the network's layout. Only kinds that admit guests have one.
   */
  guest?: { pattern: string; path: (t: LinkTarget) => string };
}

const enc = encodeURIComponent;

export const LINK_KINDS = {
  convening: {
    pattern: '/n/:slug/convenings/:conveningId',
    path: (t) => `/n/${enc(t.slug)}/convenings/${enc(t.id)}`,
  },
  session: {
    pattern: '/n/:slug/convenings/:conveningId/sessions/:sessionId',
    path: (t) => `/n/${enc(t.slug)}/convenings/${enc(t.parentId ?? '')}/sessions/${enc(t.id)}`,
  },
  unit: {
    pattern: '/n/:slug/units/:unitId',
    path: (t) => `/n/${enc(t.slug)}/units/${enc(t.id)}`,
  },
  exchange: {
    pattern: '/n/:slug/exchanges/:exchangeId',
    path: (t) => `/n/${enc(t.slug)}/exchanges/${enc(t.id)}`,
  },
  review: {
    pattern: '/n/:slug/exchanges/:exchangeId/reviews/:reviewId',
    path: (t) => `/n/${enc(t.slug)}/exchanges/${enc(t.parentId ?? '')}/reviews/${enc(t.id)}`,
  },
  group: {
    pattern: '/n/:slug/groups/:groupId',
    path: (t) => `/n/${enc(t.slug)}/groups/${enc(t.id)}`,
  },
  post: {
    pattern: '/n/:slug/groups/:groupId',
    path: (t) => `/n/${enc(t.slug)}/groups/${enc(t.parentId ?? '')}#post-${enc(t.id)}`,
  },
  conversation: {
    pattern: '/n/:slug/messages/:conversationId',
    path: (t) => `/n/${enc(t.slug)}/messages/${enc(t.id)}`,
  },
  lessonStudy: {
    pattern: '/n/:slug/lesson-studies/:lessonStudyId',
    path: (t) => `/n/${enc(t.slug)}/lesson-studies/${enc(t.id)}`,
    guest: {
      pattern: '/guest/lesson-studies/:lessonStudyId',
      path: (t) => `/guest/lesson-studies/${enc(t.id)}`,
    },
  },
  mentorship: {
    pattern: '/n/:slug/mentoring/:mentorshipId',
    path: (t) => `/n/${enc(t.slug)}/mentoring/${enc(t.id)}`,
  },
  showcaseItem: {
    pattern: '/n/:slug/showcase',
    path: (t) => `/n/${enc(t.slug)}/showcase#showcase-item-${enc(t.id)}`,
  },
} satisfies Record<string, LinkKind>;

export type LinkKindName = keyof typeof LINK_KINDS;

/** The prefix of every short link. */
export const SHORT_LINK_PREFIX = '/go/';

export function isLinkKind(kind: string): kind is LinkKindName {
  return Object.hasOwn(LINK_KINDS, kind);
}

/** The short link of a thing, e.g. `/go/convening/<id>` (a path: the server prefixes PUBLIC_URL for emails). */
export function shortLinkPath(kind: LinkKindName, id: string): string {
  return `${SHORT_LINK_PREFIX}${kind}/${enc(id)}`;
}

/** The kind and id of a short link path, or null when it is not one. */
export function parseShortLink(pathname: string): { kind: LinkKindName; id: string } | null {
  const m = /^\/go\/([a-zA-Z-]+)\/([^/?#]+)\/?$/.exec(pathname);
  if (!m || !isLinkKind(m[1]!)) return null;
  try {
    return { kind: m[1], id: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/** The in-app path of a thing the viewer may see (its guest page for a guest, when the kind has one). */
export function appPathFor(kind: LinkKindName, target: LinkTarget, guest = false): string {
  const k: LinkKind = LINK_KINDS[kind];
  return guest && k.guest ? k.guest.path(target) : k.path(target);
}

/** Whether `pathname` (no query or fragment) matches a route pattern such as `/n/:slug/units/:unitId`. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = pathname.replace(/\/$/, '').split('/');
  return (
    want.length === got.length && want.every((part, i) => (part.startsWith(':') ? got[i] !== '' : part === got[i]))
  );
}

/** The kinds whose page `pathname` is (empty: no short link lands there). */
export function linkKindsOfPath(pathname: string): LinkKindName[] {
  return (Object.keys(LINK_KINDS) as LinkKindName[]).filter((k) => matchesPattern(LINK_KINDS[k].pattern, pathname));
}
