import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { toApiError, type ApiError } from '../../lib/errors';
import { plural } from '../../lib/format';
import type { Round } from './agreement';
import { RevealCalibrationRoundMutation } from './operations';

/** The facilitator reveals every score once at least two teachers finished: scoring then closes. */
export function RevealButton({ round }: { round: Pick<Round, 'id' | 'finishedRaterCount' | 'raterCount'> }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reveal, { loading }] = useMutation(RevealCalibrationRoundMutation, {
    // The figures and every score arrive with the round.
    refetchQueries: ['CalibrationRound'],
    awaitRefetchQueries: true,
  });
  const ready = round.finishedRaterCount >= 2;
  const waiting = round.raterCount - round.finishedRaterCount;

  async function confirm() {
    setError(null);
    try {
      await reveal({ variables: { id: round.id } });
      setConfirming(false);
    } catch (e) {
      setError(toApiError(e));
    }
  }

  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={ready ? 'filled' : 'default'}
        disabled={!ready}
        onClick={() => setConfirming(true)}
        aria-describedby="calibration-reveal-help"
      >
        Reveal scores
      </Button>
      <Text size="sm" id="calibration-reveal-help">
        {ready
          ? waiting > 0
            ? `${plural(waiting, 'teacher')} ${waiting === 1 ? 'has' : 'have'} not finished yet. Their scores so far count; scoring closes when you reveal.`
            : 'Everyone has finished: you can reveal the scores.'
          : 'You can reveal the scores once at least two teachers have scored every essay.'}
      </Text>
      <ConfirmModal
        opened={confirming}
        title="Reveal the scores?"
        confirmLabel="Reveal scores"
        loading={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        Everyone in the group will see every teacher&rsquo;s scores and the agreement figures. Scoring closes: nobody
        can change their scores after the reveal.
      </ConfirmModal>
    </Stack>
  );
}
