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
