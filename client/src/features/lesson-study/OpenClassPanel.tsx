import { useState } from 'react';
import { Anchor, Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { OBSERVATION_MODE_LABELS, OBSERVATION_MODES, type ObservationMode } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import type { LessonStudyFieldsFragment } from '../../gql/graphql';
import { toApiError, type ApiError } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { useNetwork } from '../network/context';
import { SetObservationMutation } from './operations';

/**
 * How the lesson is observed. In person, the open class is a convening session (kind OPEN_CLASS):
 * colleagues register there, within its seats, and a confirmed seat makes them observers.
 */
export function OpenClassPanel({ cycle, timeZone }: { cycle: LessonStudyFieldsFragment; timeZone?: string }) {
  const { network } = useNetwork();
  const [save, saving] = useMutation(SetObservationMutation);
  const [error, setError] = useState<ApiError | null>(null);
  const [mode, setMode] = useState(cycle.observationMode as ObservationMode);
  const [sessionId, setSessionId] = useState<string | null>(cycle.openClassSessionId ?? null);
  const editable = cycle.can.advance && (cycle.phase === 'PLAN' || cycle.phase === 'REVISE');
  const oc = cycle.openClass;
  const choices = [
    ...(oc ? [{ value: oc.sessionId, label: `${oc.title} — ${oc.conveningTitle}` }] : []),
    ...cycle.openClassChoices.filter((c) => c.id !== oc?.sessionId).map((c) => ({ value: c.id, label: c.name })),
  ];

  return (
    <Stack component="section" aria-labelledby="observing-heading" gap="xs">
      <Title order={2} size="h4" id="observing-heading">
        Observing
      </Title>
      <FormAlert error={error} />
      {oc ? (
        <Stack gap={2}>
          <Text>
            Open class:{' '}
            <Anchor component={Link} to={`/n/${network.slug}/convenings/${oc.conveningId}/sessions/${oc.sessionId}`}>
              {oc.title}
            </Anchor>{' '}
            at {oc.conveningTitle}, {formatWhen(oc.startsAt, timeZone)}
            {oc.room ? `, ${oc.room}` : ''}
          </Text>
          <Text size="sm">
            {oc.capacity === null
              ? `${oc.confirmedCount} registered observers`
              : `${oc.confirmedCount} of ${oc.capacity} seats taken`}
            {oc.waitlistCount ? `, ${oc.waitlistCount} waiting` : ''}. Register on the session’s page to observe.
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{OBSERVATION_MODE_LABELS[cycle.observationMode as ObservationMode]}.</Text>
      )}
      {editable && (
        <Stack gap="xs">
          <Radio.Group label="How colleagues observe" value={mode} onChange={(v) => setMode(v as ObservationMode)}>
            <Stack gap="xs" mt="xs">
              {OBSERVATION_MODES.map((m) => (
                <Radio key={m} value={m} label={OBSERVATION_MODE_LABELS[m]} />
              ))}
            </Stack>
          </Radio.Group>
          {mode !== 'RECORDED' && (
            <Select
              label="Open-class session"
              description="A coordinator adds it to a convening as a session of kind “Open class”."
              placeholder={choices.length ? 'Choose a session' : 'No open-class sessions yet'}
              data={choices}
              value={sessionId}
              onChange={setSessionId}
              clearable
            />
          )}
          <Group>
            <Button
              loading={saving.loading}
              onClick={async () => {
                setError(null);
                try {
                  await save({
                    variables: {
                      input: {
                        lessonStudyId: cycle.id,
                        observationMode: mode,
                        openClassSessionId: mode === 'RECORDED' ? null : sessionId,
                      },
                    },
                  });
                } catch (e) {
                  setError(toApiError(e));
                }
              }}
            >
              Save how it is observed
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
