import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { RubricFieldsFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { DuplicateRubricMutation, RubricsQuery } from './operations';
import { ShareRubricModal } from './ShareRubricModal';
import '../../components/lazy-styles';

/** Teachers' rubrics for student peer feedback: their own and those shared with their groups. */
export function RubricsPage() {
  const { network } = useNetwork();
  const base = `/n/${network.slug}/rubrics`;
  const { data, loading, error, refetch } = useQuery(RubricsQuery, {
    variables: { networkId: network.id },
    fetchPolicy: 'cache-and-network',
  });
  const [sharing, setSharing] = useState<RubricFieldsFragment | null>(null);
  const rubrics = data?.rubrics ?? [];
  const mine = rubrics.filter((r) => r.viewerIsOwner);
  const shared = rubrics.filter((r) => !r.viewerIsOwner);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle>Rubrics</PageTitle>
        <Button component={Link} to={`${base}/new`}>
          New rubric
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Rubrics guide students’ feedback on each other’s work across schools. Share one with a job-alike group so
        colleagues can use and adapt it.
      </Text>
      {!data && loading ? (
        <PageLoader label="Loading rubrics…" />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <RubricSection
            id="mine-heading"
            title="My rubrics"
            empty="You have no rubrics yet: start a new one."
            rubrics={mine}
            base={base}
            onShare={setSharing}
          />
          <RubricSection
            id="shared-heading"
            title="Shared with my groups"
            empty="Nothing is shared with your groups yet."
            rubrics={shared}
            base={base}
            onShare={setSharing}
          />
        </>
      )}
      <ShareRubricModal rubric={sharing} onClose={() => setSharing(null)} />
    </Stack>
  );
}

interface SectionProps {
  id: string;
  title: string;
  empty: string;
  rubrics: RubricFieldsFragment[];
  base: string;
  onShare: (rubric: RubricFieldsFragment) => void;
}

function RubricSection({ id, title, empty, rubrics, base, onShare }: SectionProps) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Text component="h2" fw={700} size="lg" id={id} m={0}>
        {title}
      </Text>
      {rubrics.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {rubrics.map((r) => (
            <RubricCard key={r.id} rubric={r} base={base} onShare={onShare} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function RubricCard({
  rubric,
  base,
  onShare,
}: {
  rubric: RubricFieldsFragment;
  base: string;
  onShare: (rubric: RubricFieldsFragment) => void;
}) {
  const navigate = useNavigate();
  const [duplicate, { loading }] = useMutation(DuplicateRubricMutation, { refetchQueries: ['Rubrics'] });
  const copy = async () => {
    try {
      const res = await duplicate({ variables: { id: rubric.id } });
      const made = res.data?.duplicateRubric;
      if (!made) return;
      notifications.show({ color: 'green', title: 'Rubric copied', message: `“${made.title}” is yours to edit.` });
      void navigate(`${base}/${made.id}`);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not copy the rubric', message: toApiError(e).message });
    }
  };
  const criteria = rubric.criteria.length;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs" h="100%">
        <Anchor component={Link} to={`${base}/${rubric.id}`} fw={600}>
          {rubric.title}
        </Anchor>
        <Group gap="xs">
          {rubric.version > 1 && <Badge variant="light">Version {rubric.version}</Badge>}
          {rubric.lockedAt && (
            <Badge variant="light" color="gray">
              In use
            </Badge>
          )}
          {rubric.sharedWithGroup && <Badge variant="light">Shared with {rubric.sharedWithGroup.name}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {criteria} {criteria === 1 ? 'criterion' : 'criteria'} · up to {rubric.maxScore} points
          {!rubric.viewerIsOwner && ` · by ${rubric.owner.displayName}`}
        </Text>
        <Group gap="xs" mt="auto">
          <Button
            size="xs"
            variant="default"
            aria-label={`Duplicate ${rubric.title}`}
            onClick={() => void copy()}
            loading={loading}
          >
            Duplicate
          </Button>
          {rubric.viewerIsOwner && (
            <Button size="xs" variant="default" aria-label={`Share ${rubric.title}`} onClick={() => onShare(rubric)}>
              Share
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
