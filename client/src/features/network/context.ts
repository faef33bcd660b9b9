import { createContext, useContext } from 'react';
import type { NetworkRole } from '@switchback/shared';
import type { NetworkShellQuery } from '../../gql/graphql';
import type { Viewer } from '../auth/session';

export type ShellNetwork = NetworkShellQuery['network'];
export type ShellMembership = ShellNetwork['viewerMembership'];
export type ShellSchool = ShellNetwork['schools'][number];

export interface NetworkContextValue {
  network: ShellNetwork;
  membership: ShellMembership;
  role: NetworkRole;
  viewer: Viewer;
}

export const NetworkContext = createContext<NetworkContextValue | null>(null);

/** The network of the current `/n/:slug` page, the viewer and their membership in it. */
export function useNetwork(): NetworkContextValue {
  const value = useContext(NetworkContext);
  if (!value) throw new Error('useNetwork() is only available inside a network page.');
  return value;
}

/**
 * The signed-in viewer on a page outside any network's layout: a guest's page (an invited
 * knowledgeable other from another network) provides it, so the cycle's parts work there too.
 */
export const GuestViewerContext = createContext<Viewer | null>(null);

/** The signed-in viewer, inside a network page or on a guest's page. */
export function useSignedInViewer(): Viewer {
  const network = useContext(NetworkContext);
  const guest = useContext(GuestViewerContext);
  const viewer = network?.viewer ?? guest;
  if (!viewer) throw new Error('useSignedInViewer() is only available inside a network page or a guest page.');
  return viewer;
}

/** The viewer's school time zone in this network, or undefined for the browser's own (also on a guest's page). */
export function useViewerTimeZone(): string | undefined {
  const value = useContext(NetworkContext);
  if (!value) return undefined;
  const { network, membership, viewer } = value;
  // By school id: the membership's nested school is not always loaded with the network shell.
  const bySchoolId = membership.schoolId ? network.schools.find((s) => s.id === membership.schoolId) : undefined;
  return (
    bySchoolId?.timeZone ?? viewer.memberships.find((m) => m.network.id === network.id)?.school?.timeZone ?? undefined
  );
}
