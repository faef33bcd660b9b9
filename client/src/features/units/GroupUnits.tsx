import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { UNIT_STATUS_LABELS, type UnitStatus } from '@switchback/shared';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { CreateUnitModal } from './CreateUnitModal';
import { UNIT_STATUS_COLORS, unitGradeBandLabel } from './labels';
import { GroupUnitsQuery } from './operations';

interface GroupUnitsProps {
  group: { id: string; name: string; subject?: string | null; gradeBand?: string | null };
  /** Active members of a group that is not archived start units. */
  canCreate: boolean;
}

/** The group's units with their status, and "New unit" for its members. */
export function GroupUnits({ group, canCreate }: GroupUnitsProps) {
  const { network } = useNetwork();
  const base = `/n/${network.slug}`;
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(GroupUnitsQuery, {
    variables: { groupId: group.id },
    fetchPolicy: 'cache-and-network',
  });
  const units = data?.units;

  return (
    <Stack component="section" aria-labelledby="group-units-heading" gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id="group-units-heading">
          Units
        </Title>
        {canCreate && <Button onClick={() => setCreating(true)}>New unit</Button>}
      </Group>
      {!units && loading ? (
        <PageLoader label="Loading units…" />
      ) : !units ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : units.length === 0 ? (
        <Text>
          {canCreate
            ? 'No units yet. Start one and write it together with the group, at the same time, from any school.'
            : 'This group has not published any units yet.'}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="group-units-heading">
          {units.map((unit) => {
            const status = unit.status as UnitStatus;
            const details = [unit.subject, unitGradeBandLabel(unit.gradeBand)].filter(Boolean).join(' · ');
            return (
              <Card key={unit.id} component="li" withBorder radius="md" padding="md">
                <Stack gap={4}>
                  <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                    <Title order={3} size="h5" style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`${base}/units/${unit.id}`} className="break-word">
                        {unit.title}
                      </Anchor>
                    </Title>
                    <Badge variant="light" color={UNIT_STATUS_COLORS[status]} style={{ flexShrink: 0 }}>
                      {UNIT_STATUS_LABELS[status]}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {[details, `Updated ${formatDate(unit.updatedAt)}`].filter(Boolean).join(' · ')}
                  </Text>
                  {unit.forkedFrom && (
                    <Text size="sm" c="dimmed">
                      Adapted from “{unit.forkedFrom.title}” by {unit.forkedFrom.byline}
                    </Text>
                  )}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
      {canCreate && <CreateUnitModal opened={creating} onClose={() => setCreating(false)} group={group} />}
    </Stack>
  );
}
