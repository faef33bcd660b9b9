import { useId, useState } from 'react';
import { Button, Radio, Stack, Textarea } from '@mantine/core';
import '@mantine/core/styles/Radio.css';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { CALIBRATION_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { toApiError, type ApiError } from '../../lib/errors';
import { plural } from '../../lib/format';
import type { Criterion, Essay } from './agreement';
import { AgreeCalibrationScoreMutation } from './operations';

const { rationaleMin, rationaleMax } = CALIBRATION_LIMITS;

/** The facilitator records the agreed level of one essay × criterion cell, with a short rationale. */
export function AgreeForm({
  essay,
  criterion,
  onDone,
}: {
  essay: Pick<Essay, 'id' | 'position' | 'agreed'>;
  criterion: Criterion;
  onDone?: () => void;
}) {
  const current = essay.agreed.find((a) => a.criterionId === criterion.id);
  const [points, setPoints] = useState<string | null>(current ? String(current.points) : null);
  const [rationale, setRationale] = useState(current?.rationale ?? '');
  const [errors, setErrors] = useState<{ points?: string; rationale?: string }>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [agree, { loading }] = useMutation(AgreeCalibrationScoreMutation);
  // Unique per form: the same cell's form may be on the page twice (disputed list and the table's dialog).
  const id = `agree-${useId()}`;

  async function save() {
    const text = rationale.trim();
    const next = {
      points: points === null ? 'Choose the agreed level.' : undefined,
      rationale:
        text.length < rationaleMin || text.length > rationaleMax
          ? `Write why in ${rationaleMin} to ${rationaleMax} characters (${text.length} now).`
          : undefined,
    };
    setErrors(next);
    setApiError(null);
    if (next.points || next.rationale) return;
    try {
      await agree({
        variables: { input: { essayId: essay.id, criterionId: criterion.id, points: Number(points), rationale: text } },
      });
      notifications.show({
        color: 'green',
        title: 'Agreed score saved',
        message: `Essay ${essay.position} · ${criterion.title}`,
      });
      onDone?.();
    } catch (error) {
      const api = toApiError(error);
      setApiError(api);
      setErrors({ points: api.fieldErrors.points, rationale: api.fieldErrors.rationale });
    }
  }

  return (
    <Stack gap="sm">
      <Radio.Group
        name={`${id}-points`}
        label={`Agreed level for Essay ${essay.position} · ${criterion.title}`}
        value={points}
        onChange={setPoints}
        error={errors.points}
        required
      >
        <Stack gap="xs" mt="xs">
          {criterion.levels.map((l) => (
            <Radio key={l.points} value={String(l.points)} label={`${l.label} · ${plural(l.points, 'point')}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        id={`${id}-rationale`}
        label="Why this level"
        description={`What in the essay fits this level's descriptor (${rationaleMin}–${rationaleMax} characters). Students read it beside the anchor paper.`}
        autosize
        minRows={2}
        maxLength={rationaleMax}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        error={errors.rationale}
        required
      />
      <FormAlert error={apiError} title="The agreed score was not saved" />
      <Button onClick={() => void save()} loading={loading} style={{ alignSelf: 'flex-start' }}>
        {current ? 'Change the agreed score' : 'Save the agreed score'}
      </Button>
    </Stack>
  );
}
