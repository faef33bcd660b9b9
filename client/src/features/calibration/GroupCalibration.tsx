import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { STATUS_LABELS } from './agreement';
import { GroupCalibrationRoundsQuery } from './operations';
import { StartCalibrationRoundModal } from './StartCalibrationRoundModal';

/** A group's calibration rounds, and "Start a calibration round" for its facilitators. */
export function GroupCalibration({ groupId, canStart }: { groupId: string; canStart: boolean }) {
  const { network } = useNetwork();
  const [starting, setStarting] = useState(false);
  const { data, loading, error, refetch } = useQuery(GroupCalibrationRoundsQuery, {
    variables: { groupId },
    fetchPolicy: 'cache-and-network',
  });
  const rounds = data?.calibrationRounds;

  return (
    <Stack component="section" aria-labelledby="group-calibration-heading" gap="md">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id="group-calibration-heading">
          Calibration
        </Title>
        {canStart && <Button onClick={() => setStarting(true)}>Start a calibration round</Button>}
      </Group>
      {!rounds && loading ? (
        <PageLoader label="Loading calibration rounds…" />
      ) : !rounds ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : rounds.length === 0 ? (
        <Text>
          No calibration rounds yet. Score the same few essays on a rubric, each on your own, then compare and agree:
          the rubric comes to mean the same thing in every school.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {rounds.map((r) => (
            <Card key={r.id} component="li" withBorder radius="md" padding="md">
              <Stack gap={4}>
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <Title order={3} size="h5" style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/n/${network.slug}/calibration/${r.id}`} className="break-word">
                      {r.title}
                    </Anchor>
                  </Title>
                  <Badge variant="light" style={{ flexShrink: 0 }}>
                    {STATUS_LABELS[r.status] ?? r.status}
                  </Badge>
                </Group>
                <Text size="sm" className="break-word">
                  Rubric: {r.rubric.title}
                  {r.rubric.version > 1 ? ` (version ${r.rubric.version})` : ''}
                </Text>
                <Text size="sm">
                  {r.finishedRaterCount} of {r.raterCount} teachers finished scoring
                  {r.status === 'SCORING' && (
                    <Text span fw={600}>
                      {r.iHaveFinished ? ' · you have scored' : ' · waiting for you'}
                    </Text>
                  )}
                </Text>
                <Text size="sm" c="dimmed">
                  Started {formatDate(r.createdAt)}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {canStart && (
        <StartCalibrationRoundModal opened={starting} onClose={() => setStarting(false)} groupId={groupId} />
      )}
    </Stack>
  );
}
