import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useNetwork } from '../network/context';
import { STATUS_LABELS } from './agreement';
import { AgreementPanel } from './AgreementPanel';
import { CalibrationRoundQuery } from './operations';
import { ScoringPanel } from './ScoringPanel';
import '../../components/lazy-styles';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/Spoiler.css';
import './calibration.css';

/** A calibration round: blind scoring, then the revealed agreement, the discussion and the agreed scores. */
export function CalibrationRoundPage() {
  const { network } = useNetwork();
  const { roundId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CalibrationRoundQuery, {
    variables: { id: roundId },
    fetchPolicy: 'cache-and-network',
  });
  const round = data?.calibrationRound;
  const base = `/n/${network.slug}`;

  if (!round) {
    if (loading) return <PageLoader label="Loading the calibration round…" />;
    if (errorCode(error) === 'NOT_FOUND')
      return (
        <Stack>
          <PageTitle>Calibration round not found</PageTitle>
          <Text>This round does not exist, or it belongs to a group you are not in.</Text>
          <Anchor component={Link} to={`${base}/groups`}>
            Back to groups
          </Anchor>
        </Stack>
      );
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`${base}/groups/${round.groupId}?tab=calibration`} size="sm">
        ← {round.groupName}
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <PageTitle className="break-word">{round.title}</PageTitle>
          <Badge variant="light">{STATUS_LABELS[round.status] ?? round.status}</Badge>
        </Group>
        <Text size="sm">
          Rubric:{' '}
          <Anchor component={Link} to={`${base}/rubrics/${round.rubric.id}`}>
            {round.rubric.title}
            {round.rubric.version > 1 ? ` (version ${round.rubric.version})` : ''}
          </Anchor>{' '}
          · started by {round.createdBy.displayName} on {formatDate(round.createdAt)}
        </Text>
      </Stack>
      {round.status === 'AGREED' && (
        <Alert color="green" variant="light" title="Agreed">
          These essays are now anchor papers of {round.rubric.title}: teachers and students see them beside the rubric
          as examples of each level.{' '}
          <Anchor component={Link} to={`${base}/rubrics/${round.rubric.id}#anchor-papers`}>
            See the anchor papers
          </Anchor>
        </Alert>
      )}
      {round.status === 'SCORING' ? <ScoringPanel round={round} /> : <AgreementPanel round={round} />}
    </Stack>
  );
}
