import { useState } from 'react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { CALIBRATION_LIMITS } from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { toApiError, type ApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { Cell } from './agreement';
import { CommentOnCalibrationCellMutation } from './operations';

/** The discussion of one essay × criterion cell, oldest first, and "Add a comment". */
export function CellThread({ cell, label, canComment }: { cell: Cell; label: string; canComment: boolean }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [comment, { loading }] = useMutation(CommentOnCalibrationCellMutation, {
    refetchQueries: ['CalibrationRound'],
    awaitRefetchQueries: true,
  });
  const id = `comment-${cell.essayId}-${cell.criterionId}`;

  async function send() {
    const text = body.trim();
    setApiError(null);
    if (!text) return setError('Write your comment first.');
    if (text.length > CALIBRATION_LIMITS.commentMax)
      return setError(`Keep a comment under ${CALIBRATION_LIMITS.commentMax.toLocaleString()} characters.`);
    setError(null);
    try {
      await comment({ variables: { input: { essayId: cell.essayId, criterionId: cell.criterionId, body: text } } });
      setBody('');
    } catch (e) {
      const api = toApiError(e);
      setApiError(api);
      setError(api.fieldErrors.body ?? null);
    }
  }

  return (
    <Stack gap="xs">
      {cell.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comments yet.
        </Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Discussion of ${label}`}>
          {cell.comments.map((c) => (
            <li key={c.id}>
              <Text size="sm" fw={600} component="span">
                {c.author.displayName}
              </Text>{' '}
              <Text size="xs" c="dimmed" component="span">
                {formatDateTime(c.createdAt)}
              </Text>
              <Text size="sm" className="pre-wrap break-word">
                {c.body}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {canComment && (
        <>
          <Textarea
            id={id}
            label={`Your comment on ${label}`}
            description="Point to the words in the essay and the rubric's descriptor."
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
          />
          <FormAlert error={apiError} title="Your comment was not sent" />
          <Button variant="default" onClick={() => void send()} loading={loading} style={{ alignSelf: 'flex-start' }}>
            Add comment
          </Button>
        </>
      )}
    </Stack>
  );
}
