import { useCallback } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { parseShortLink, safeNextPath } from '@switchback/shared';
import type { ViewerQuery as ViewerQueryData } from '../../gql/graphql';
import { forgetLocalCopies } from '../../lib/collab/local-copy-names';
import { closeLive } from '../../lib/live';
import { forgetOfflineCache } from '../../lib/offline-cache';
import { SignOutMutation, ViewerQuery } from './operations';

export type Viewer = NonNullable<ViewerQueryData['me']>;
export type ViewerMembership = Viewer['memberships'][number];

const LAST_NETWORK_KEY = 'switchback:lastNetwork';

/**
 * The signed-in person (null when signed out). The cached answer shows at once (also offline, from
 * the copy kept on this device) and is checked with the server when a page using it opens.
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { viewer: data?.me ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}

export function rememberNetwork(slug: string): void {
  try {
    localStorage.setItem(LAST_NETWORK_KEY, slug);
  } catch {
    // Private browsing: nothing to remember.
  }
}

function lastNetwork(): string | null {
  try {
    return localStorage.getItem(LAST_NETWORK_KEY);
  } catch {
    return null;
  }
}

export interface HomePreference {
  networkId?: string | null;
  networkName?: string | null;
}

/** Where a person lands: the preferred network, the last one used, or their first membership. */
export function homePath(viewer: Viewer | null, prefer: HomePreference = {}): string {
  if (!viewer) return '/sign-in';
  const ms = viewer.memberships;
  const pick =
    ms.find((m) => prefer.networkId && m.network.id === prefer.networkId) ??
    ms.find((m) => prefer.networkName && m.network.name === prefer.networkName) ??
    ms.find((m) => m.network.slug === lastNetwork()) ??
    ms[0];
  return pick ? `/n/${pick.network.slug}` : '/';
}

/** Only same-site paths are followed after sign-in. */
export const safeNext = safeNextPath;

/**
 * Whether `next` is a page of the server rather than of the app: a short link (`/go/<kind>/<id>`,
 * shared/src/links.ts) is resolved by the server, so it is loaded, not routed.
 */
export function isServerPath(next: string | null | undefined): next is string {
  return !!next && parseShortLink(next.split(/[?#]/)[0]!) !== null;
}

/** Actions that change who is signed in. */
export function useSession() {
  const client = useApolloClient();
  const navigate = useNavigate();

  /** After a mutation that set the session cookie: forget old data, load the viewer, go home. */
  const afterSignIn = useCallback(
    async (options: HomePreference & { next?: string | null } = {}) => {
      // The live connection belonged to the previous session (if any); the shell opens a new one.
      closeLive();
      await client.clearStore();
      const { data } = await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
      const viewer = data?.me ?? null;
      const next = safeNext(options.next);
      if (isServerPath(next)) window.location.replace(next);
      else navigate(next ?? homePath(viewer, options), { replace: true });
      return viewer;
    },
    [client, navigate],
  );

  const signOut = useCallback(async () => {
    let userId: string | null = null;
    try {
      userId = client.readQuery({ query: ViewerQuery })?.me?.id ?? null;
    } catch {
      // Not known here: every person's copies are deleted.
    }
    try {
      await client.mutate({ mutation: SignOutMutation });
    } catch {
      // Even if the request fails, forget everything on this device.
    }
    closeLive();
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { me: null } });
    // Nothing of this person's stays for the next one on a shared computer: the cached pages, and
    // the copies of documents (deleted once the page being left has closed them, so not awaited).
    forgetOfflineCache();
    void forgetLocalCopies(userId);
    navigate('/sign-in', { replace: true });
  }, [client, navigate]);

  return { afterSignIn, signOut };
}
