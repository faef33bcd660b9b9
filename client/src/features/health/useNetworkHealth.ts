import { useQuery } from '@apollo/client/react';
import { UNIT_STATUS_LABELS, type UnitStatus } from '@switchback/shared';
import type { NetworkHealthQuery as HealthData } from '../../gql/graphql';
import { toApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { customPeriodErrors, periodVariables } from './period';
import { NetworkHealthQuery } from './operations';
import type { PeriodControls } from './usePeriod';

export type Health = HealthData['networkHealth'];

/** The health report for the chosen period; nothing is asked while custom dates are incomplete. */
export function useNetworkHealth({ period }: PeriodControls) {
  const { network } = useNetwork();
  const complete = period.preset !== 'custom' || Object.keys(customPeriodErrors(period)).length === 0;
  const variables = complete ? periodVariables(period) : null;
  const result = useQuery(NetworkHealthQuery, {
    variables: { networkId: network.id, from: variables?.from ?? '', to: variables?.to ?? '' },
    skip: !variables,
    fetchPolicy: 'cache-and-network',
  });
  const apiError = result.error ? toApiError(result.error) : null;
  return {
    health: variables ? result.data?.networkHealth : undefined,
    loading: result.loading,
    error: result.error,
    /** Period problems from the server, by field (`from`, `to`). */
    fieldErrors: apiError?.code === 'BAD_USER_INPUT' ? apiError.fieldErrors : {},
    refetch: result.refetch,
    csvHref: variables ? `/api/networks/${network.id}/health.csv?${new URLSearchParams(variables).toString()}` : null,
  };
}

/** "42%" or "—" when there is nothing to divide. */
export function percentText(value: number | null | undefined): string {
  return value == null ? '—' : `${value}%`;
}

/** "Draft", "In review", … for a unit status the report counts. */
export function unitStatusLabel(status: string): string {
  return UNIT_STATUS_LABELS[status as UnitStatus] ?? status;
}
