import { lazy, Suspense } from 'react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import '../../components/lazy-styles';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import type { ExchangeQuery as ExchangeQueryData } from '../../gql/graphql';
import { useNetwork } from '../network/context';
import { useUrlParam } from '../../lib/useUrlParam';
import { CalibrationGate } from './calibration/CalibrationGate';
import { EssayEditor } from './EssayEditor';
import { ExchangeTeacherPanel } from './ExchangeTeacherPanel';
import { MyFeedback } from './MyFeedback';
import { MyReviews } from './MyReviews';
import { ExchangeQuery } from './operations';
import { formatWhen } from '../../lib/format';
import { useViewerTimeZone } from '../network/context';
import { useT } from '../../lib/i18n';

// The results (with their charts) load only when a teacher opens them.
const ExchangeResultsPanel = lazy(() =>
  import('./ExchangeResultsPanel').then((m) => ({ default: m.ExchangeResultsPanel })),
);

export type ExchangeData = ExchangeQueryData['exchange'];

/** `/exchanges/:exchangeId`: teachers manage it and follow progress; students write their essay. */
export function ExchangePage() {
  const { exchangeId } = useParams();
  const { network } = useNetwork();
  const t = useT('exchanges');
  const { data, loading, error, refetch } = useQuery(ExchangeQuery, {
    variables: { id: exchangeId ?? '' },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <PageLoader label={t('page.loading')} />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const exchange = data.exchange;
  const student = exchange.viewerRole === 'STUDENT';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/n/${network.slug}/exchanges`} size="sm">
        {t('page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <PageTitle translate="no">{exchange.title}</PageTitle>
        <Badge variant="light" size="lg">
          {t('phase', { phase: exchange.phase })}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Dated label={t('page.essaysDue')} iso={exchange.submissionDueAt} />
        <Dated label={t('page.reviewsDue')} iso={exchange.reviewDueAt} />
        <Dated label={t('page.feedbackReleased')} iso={exchange.feedbackReleaseAt} />
      </SimpleGrid>
      <Card withBorder padding="md" component="section" aria-labelledby="prompt-heading">
        <Text id="prompt-heading" fw={600} mb={4}>
          {t('page.prompt')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }} translate="no">
          {exchange.prompt}
        </Text>
        <Text size="sm" c="dimmed" mt="sm">
          {t('page.rubric')} <span translate="no">{exchange.rubric.title}</span> ·{' '}
          {t('page.setup', {
            count: exchange.reviewsPerSubmission,
            crossSchool: String(exchange.crossSchoolOnly),
          })}
        </Text>
      </Card>
      {student ? <StudentSide exchange={exchange} /> : <TeacherSide exchange={exchange} />}
    </Stack>
  );
}

/** What a student does now comes first: reviews during REVIEW, feedback once released; their essay below. */
function StudentSide({ exchange }: { exchange: ExchangeData }) {
  const reviewing = exchange.reviewsAllocatedAt !== null || ['REVIEW', 'FEEDBACK', 'CLOSED'].includes(exchange.phase);
  // The server gives a student their feedback (possibly none) once it is released, null before.
  const released = exchange.myFeedback !== null;
  return (
    <Stack gap="xl">
      {released && <MyFeedback exchange={exchange} />}
      <CalibrationGate exchange={exchange} reviews={reviewing ? <MyReviews exchange={exchange} /> : null} />
      {reviewing && !released && <MyFeedback exchange={exchange} />}
      <EssayEditor exchange={exchange} />
    </Stack>
  );
}

/** Teachers: the classes and essays, and the results of the reviews. */
function TeacherSide({ exchange }: { exchange: ExchangeData }) {
  const [tab, setTab] = useUrlParam('tab');
  const t = useT('exchanges');
  return (
    <Tabs value={tab === 'results' ? 'results' : 'classes'} onChange={(v) => setTab(v === 'results' ? v : '')}>
      <Tabs.List>
        <Tabs.Tab value="classes">{t('page.tabClasses')}</Tabs.Tab>
        <Tabs.Tab value="results">{t('page.tabResults')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="classes" pt="md">
        <ExchangeTeacherPanel exchange={exchange} />
      </Tabs.Panel>
      <Tabs.Panel value="results" pt="md">
        {tab === 'results' && (
          <Suspense fallback={<PageLoader label={t('page.loadingResults')} />}>
            <ExchangeResultsPanel exchange={exchange} />
          </Suspense>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

function Dated({ label, iso }: { label: string; iso: string }) {
  const timeZone = useViewerTimeZone();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{formatWhen(iso, timeZone)}</Text>
    </Stack>
  );
}
