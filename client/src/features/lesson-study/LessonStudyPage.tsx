import { lazy, Suspense } from 'react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  LESSON_STUDY_PHASE_LABELS,
  OBSERVATION_MODE_LABELS,
  type LessonStudyPhase,
  type ObservationMode,
} from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader, QueryError } from '../../components/QueryState';
import { errorCode } from '../../lib/errors';
import { useNetwork, useViewerTimeZone } from '../network/context';
import { LessonStudyLayout } from './LessonStudyLayout';
import { LookForsEditor } from './LookForsEditor';
import { OpenClassPanel } from './OpenClassPanel';
import { LessonStudyQuery } from './operations';
import { PeoplePanel } from './PeoplePanel';
import { PhaseStepper } from './PhaseStepper';
import { PlanVersions } from './PlanVersions';
import { REGIONS } from './regions';
// Mantine's styles of the page's components beyond the first screens (opened from a link, the page
// had no Tabs, Grid or Checkbox styles).
import '../../components/lazy-styles';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/VisuallyHidden.css';

const PlanEditor = lazy(() => import('./PlanEditor'));

/** One lesson-study cycle: its phases and dates, people, look-for points, the live plan and its versions. */
export function LessonStudyPage() {
  const { lessonStudyId = '' } = useParams();
  const { network, viewer } = useNetwork();
  const timeZone = useViewerTimeZone();
  const { data, loading, error, refetch } = useQuery(LessonStudyQuery, {
    variables: { id: lessonStudyId },
    fetchPolicy: 'cache-and-network',
  });
  const cycle = data?.lessonStudy;

  if (loading && !cycle) return <PageLoader label="Loading the lesson study…" />;
  if (!cycle) {
    if (errorCode(error) === 'NOT_FOUND')
      return (
        <Stack>
          <PageTitle>Lesson study not found</PageTitle>
          <Text>This lesson study does not exist, or you do not take part in it or its group.</Text>
          <Anchor component={Link} to={`/n/${network.slug}/groups`}>
            Back to the groups
          </Anchor>
        </Stack>
      );
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }

  const phase = cycle.phase as LessonStudyPhase;
  const header = (
    <Stack gap="xs">
      <PageTitle>{cycle.title}</PageTitle>
      <Group gap="xs">
        <Badge>{LESSON_STUDY_PHASE_LABELS[phase]}</Badge>
        <Badge variant="light">{OBSERVATION_MODE_LABELS[cycle.observationMode as ObservationMode]}</Badge>
      </Group>
      <Text className="break-word">
        <strong>Research theme:</strong> {cycle.theme}
      </Text>
      <Text size="sm">
        A lesson study of{' '}
        <Anchor component={Link} to={`/n/${network.slug}/groups/${cycle.group.id}`}>
          {cycle.group.name}
        </Anchor>
        {cycle.unit && (
          <>
            {' '}
            beside the unit{' '}
            <Anchor component={Link} to={`/n/${network.slug}/units/${cycle.unit.id}`}>
              {cycle.unit.name}
            </Anchor>
          </>
        )}
      </Text>
    </Stack>
  );

  return (
    <LessonStudyLayout
      cycle={cycle}
      header={header}
      aside={
        <>
          <PhaseStepper cycle={cycle} timeZone={timeZone} />
          <PeoplePanel cycle={cycle} />
          <OpenClassPanel cycle={cycle} timeZone={timeZone} />
        </>
      }
      plan={
        <Stack gap="lg">
          <LookForsEditor cycle={cycle} />
          <Suspense fallback={<PageLoader label="Opening the plan…" />}>
            <PlanEditor documentId={cycle.planDocumentId} user={{ id: viewer.id, name: viewer.displayName }} />
          </Suspense>
          <PlanVersions cycle={cycle} timeZone={timeZone} />
        </Stack>
      }
      regions={REGIONS}
    />
  );
}
