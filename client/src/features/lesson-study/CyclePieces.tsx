import { lazy, Suspense, type ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import {
  LESSON_STUDY_PHASE_LABELS,
  OBSERVATION_MODE_LABELS,
  type LessonStudyPhase,
  type ObservationMode,
} from '@switchback/shared';
import { PageTitle } from '../../components/PageTitle';
import { PageLoader } from '../../components/QueryState';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { LookForsEditor } from './LookForsEditor';
import { PlanVersions } from './PlanVersions';

const PlanEditor = lazy(() => import('./PlanEditor'));

/** What a person sees for a cycle they may not see (or that does not exist), with a way back. */
export function CycleNotFound({ why, back }: { why: string; back: { to: string; label: string } }) {
  return (
    <Stack>
      <PageTitle>Lesson study not found</PageTitle>
      <Text>{why}</Text>
      <Anchor component={Link} to={back.to}>
        {back.label}
      </Anchor>
    </Stack>
  );
}

/** A cycle's title, phase, way of observing and theme; `context` says whose lesson study it is. */
export function CycleHeader({ cycle, context }: { cycle: LessonStudyFieldsFragment; context: ReactNode }) {
  const phase = cycle.phase as LessonStudyPhase;
  return (
    <Stack gap="xs">
      <PageTitle>{cycle.title}</PageTitle>
      <Group gap="xs">
        <Badge>{LESSON_STUDY_PHASE_LABELS[phase]}</Badge>
        <Badge variant="light">{OBSERVATION_MODE_LABELS[cycle.observationMode as ObservationMode]}</Badge>
      </Group>
      <Text className="break-word">
        <strong>Research theme:</strong> {cycle.theme}
      </Text>
      <Text size="sm">{context}</Text>
    </Stack>
  );
}

/** The Plan tab: look-for points, the live research lesson plan and its versions. */
export function CyclePlan({
  cycle,
  user,
  timeZone,
}: {
  cycle: LessonStudyFieldsFragment;
  user: { id: string; name: string };
  timeZone: string | undefined;
}) {
  return (
    <Stack gap="lg">
      <LookForsEditor cycle={cycle} />
      <Suspense fallback={<PageLoader label="Opening the plan…" />}>
        <PlanEditor documentId={cycle.planDocumentId} user={user} />
      </Suspense>
      <PlanVersions cycle={cycle} timeZone={timeZone} />
    </Stack>
  );
}
