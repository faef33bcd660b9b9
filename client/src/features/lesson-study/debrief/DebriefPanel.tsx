import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LESSON_PLAN_SECTIONS } from '@switchback/shared';
import { FormAlert } from '../../../components/FormAlert';
import { PageLoader, QueryError } from '../../../components/QueryState';
import { toApiError, type ApiError } from '../../../lib/errors';
import type { DebriefQuery as DebriefData } from '../../../gql/graphql';
import { EntryForm, type LookForOption, type OwnNote } from './EntryForm';
import { AdvanceDebriefMutation, DebriefQuery, DecidePlanRevisionMutation } from './operations';
import { RevisionForm } from './RevisionForm';
import { useDebriefLive } from './useDebriefLive';

type Step = DebriefData['debrief']['steps'][number];
type Revision = DebriefData['debrief']['revisions'][number];

export interface DebriefPanelProps {
  lessonStudyId: string;
  lookFors: LookForOption[];
  /** The viewer's own observation notes, to pull into their evidence (observation-notes feature). */
  ownNotes?: OwnNote[];
}

const sectionTitle = (id: string) => LESSON_PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
const STATUS_LABEL: Record<string, string> = {
  PROPOSED: 'Proposed',
  AGREED: 'Agreed',
  ACCEPTED: 'In the plan',
  DECLINED: 'Declined',
};

/**
 * The debrief protocol as an ordered stepper: the current step is highlighted and says who may write
 * now; each step shows its entries (evidence grouped by look-for point). The facilitator moves it on.
 */
export function DebriefPanel({ lessonStudyId, lookFors, ownNotes }: DebriefPanelProps) {
  const { data, error, refetch } = useQuery(DebriefQuery, {
    variables: { lessonStudyId },
    fetchPolicy: 'cache-and-network',
  });
  const [advance, advancing] = useMutation(AdvanceDebriefMutation);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  useDebriefLive(lessonStudyId, () => void refetch());
  if (!data)
    return error ? (
      <QueryError error={error} onRetry={() => void refetch()} />
    ) : (
      <PageLoader label="Loading the debrief…" />
    );
  const d = data.debrief;
  const reload = () => void refetch();
  const current = d.steps.find((s) => s.current);
  const next = d.steps[d.steps.findIndex((s) => s.current) + 1];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          Debrief{d.round > 1 ? ` (round ${d.round})` : ''}
        </Title>
        {d.open && current && <Badge size="lg">Now: {current.label}</Badge>}
      </Group>
      {!d.open && (
        <Alert variant="light" color="gray">
          The debrief runs in the Debrief phase. {d.steps.some((s) => s.entries.length) ? 'This is what was said.' : ''}
        </Alert>
      )}
      <FormAlert error={actionError} />
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Debrief steps, in order">
        {d.steps.map((step, i) => (
          <li key={step.step} aria-current={step.current && d.open ? 'step' : undefined}>
            <StepCard
              index={i + 1}
              step={step}
              open={d.open}
              lessonStudyId={lessonStudyId}
              lookFors={lookFors}
              ownNotes={ownNotes}
              onSaved={reload}
            />
          </li>
        ))}
      </Stack>
      {d.steps.some((s) => s.step === 'REVISIONS') && (
        <Revisions
          revisions={d.revisions}
          facilitates={d.viewerFacilitates && d.open}
          canPropose={d.open && d.currentStep === 'REVISIONS'}
          lessonStudyId={lessonStudyId}
          onChanged={reload}
          onError={setActionError}
        />
      )}
      {d.viewerFacilitates && d.open && next && (
        <Button
          mih={44}
          loading={advancing.loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setActionError(null);
            advance({ variables: { lessonStudyId } }).then(reload, (err: unknown) => setActionError(toApiError(err)));
          }}
        >
          Move on to “{next.label}”
        </Button>
      )}
    </Stack>
  );
}

interface StepCardProps {
  index: number;
  step: Step;
  open: boolean;
  lessonStudyId: string;
  lookFors: LookForOption[];
  ownNotes?: OwnNote[];
  onSaved: () => void;
}

function StepCard({ index, step, open, lessonStudyId, lookFors, ownNotes, onSaved }: StepCardProps) {
  const highlighted = step.current && open;
  const groups =
    step.step === 'EVIDENCE'
      ? lookFors.map((l) => ({ title: l.text, entries: step.entries.filter((e) => e.lookForId === l.id) }))
      : [{ title: null, entries: step.entries }];
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      style={highlighted ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>
            {index}. {step.label}
          </Text>
          {highlighted ? <Badge>Now</Badge> : step.done ? <Badge color="gray">Done</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {highlighted && step.viewerCanWrite ? 'Your turn. ' : ''}Written by: {step.writers}
        </Text>
        {groups.map((g) => (
          <Stack key={g.title ?? 'all'} gap={4}>
            {g.title && (
              <Text size="sm" fw={600}>
                {g.title} ({g.entries.length})
              </Text>
            )}
            {g.entries.map((e) => (
              <Text key={e.id} size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
                <strong>{e.authorName}:</strong> {e.body}
              </Text>
            ))}
          </Stack>
        ))}
        {step.viewerCanWrite && step.step !== 'REVISIONS' && (
          <EntryForm
            lessonStudyId={lessonStudyId}
            step={step.step}
            label={step.step === 'EVIDENCE' ? 'Your evidence' : 'What you say'}
            lookFors={lookFors}
            ownNotes={ownNotes}
            onSaved={onSaved}
          />
        )}
      </Stack>
    </Card>
  );
}

interface RevisionsProps {
  revisions: Revision[];
  facilitates: boolean;
  canPropose: boolean;
  lessonStudyId: string;
  onChanged: () => void;
  onError: (e: ApiError | null) => void;
}

function Revisions({ revisions, facilitates, canPropose, lessonStudyId, onChanged, onError }: RevisionsProps) {
  const [decide] = useMutation(DecidePlanRevisionMutation);
  const act = (revisionId: string, agree: boolean) => {
    onError(null);
    decide({ variables: { revisionId, agree } }).then(onChanged, (err: unknown) => onError(toApiError(err)));
  };
  return (
    <Stack component="section" gap="xs" aria-labelledby="debrief-revisions">
      <Title order={3} size="h4" id="debrief-revisions">
        Revisions of the plan
      </Title>
      {revisions.length === 0 && <Text size="sm">No revisions proposed yet.</Text>}
      {revisions.map((r) => (
        <Card key={r.id} withBorder radius="md" padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" fw={600}>
              {sectionTitle(r.sectionId)} {r.replacesSection ? '(replaces the section)' : '(added)'}
            </Text>
            <Badge color={r.status === 'DECLINED' ? 'gray' : r.status === 'PROPOSED' ? 'yellow' : 'green'}>
              {STATUS_LABEL[r.status] ?? r.status}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {r.text}
          </Text>
          <Text size="xs" c="dimmed">
            Proposed by {r.proposedByName}
          </Text>
          {facilitates && r.status !== 'ACCEPTED' && (
            <Group gap="xs" mt="xs">
              {r.status !== 'AGREED' && (
                <Button size="sm" mih={44} onClick={() => act(r.id, true)}>
                  Agree
                </Button>
              )}
              {r.status !== 'DECLINED' && (
                <Button size="sm" mih={44} variant="default" onClick={() => act(r.id, false)}>
                  Decline
                </Button>
              )}
            </Group>
          )}
        </Card>
      ))}
      {canPropose && <RevisionForm lessonStudyId={lessonStudyId} onSaved={onChanged} />}
    </Stack>
  );
}
