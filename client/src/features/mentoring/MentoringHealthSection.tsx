import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { plural } from '../../lib/format';
import { useNetwork } from '../network/context';
import { MentoringHealthQuery } from './operations';

/**
 * Network health's mentoring figures for a period (`from` inclusive, `to` exclusive, ISO): active
 * pairs, meetings, pairs that met. Dates only: what pairs said is theirs.
 */
export function MentoringHealthSection({ period }: { period: { from: string; to: string } | null }) {
  const { network } = useNetwork();
  const { data } = useQuery(MentoringHealthQuery, {
    variables: { networkId: network.id, from: period?.from ?? '', to: period?.to ?? '' },
    skip: !period,
    fetchPolicy: 'cache-and-network',
  });
  const h = data?.mentoringHealth;
  return (
    <Stack component="section" aria-labelledby="health-mentoring" gap="sm">
      <Title order={2} size="h3" id="health-mentoring">
        Mentoring
      </Title>
      {!h ? (
        <Text size="sm">Counting…</Text>
      ) : (
        <Group gap="xl">
          <Text>
            <strong>{h.activePairs}</strong> active {h.activePairs === 1 ? 'pair' : 'pairs'}
          </Text>
          <Text>
            <strong>{plural(h.meetings, 'meeting')}</strong> logged
          </Text>
          <Text>
            <strong>{h.pairsMet}</strong> of the active pairs met
          </Text>
        </Group>
      )}
      <Anchor component={Link} to={`/n/${network.slug}/mentoring`} size="sm" className="no-print">
        Pair teachers
      </Anchor>
    </Stack>
  );
}
