import { useState } from 'react';
import { Button } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../../components/ConfirmModal';
import { toApiError, type ApiError } from '../../lib/errors';
import { OfferEssayForCalibrationMutation } from './operations';

/**
 * The writer's own teacher offers a submitted essay as a calibration essay: facilitators of the
 * network's job-alike groups may then choose it for a round, as text only.
 */
export function OfferForCalibrationButton({ submissionId, pseudonym }: { submissionId: string; pseudonym: string }) {
  const [opened, setOpened] = useState(false);
  const [offered, setOffered] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [offer, { loading }] = useMutation(OfferEssayForCalibrationMutation);
  const confirm = () => {
    setError(null);
    offer({ variables: { submissionId } })
      .then(() => {
        setOffered(true);
        setOpened(false);
        notifications.show({ color: 'green', message: `${pseudonym}’s essay is offered for calibration.` });
      })
      .catch((e: unknown) => setError(toApiError(e)));
  };
  return (
    <>
      <Button variant="default" mih={44} disabled={offered} onClick={() => setOpened(true)}>
        {offered ? 'Offered for calibration' : 'Offer for calibration'}
      </Button>
      <ConfirmModal
        opened={opened}
        title="Offer this essay for calibration?"
        confirmLabel="Offer the essay"
        loading={loading}
        error={error}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      >
        Facilitators of the network&apos;s job-alike groups may then choose it as an anchor essay for a calibration
        round. Only its text is shared: never the student&apos;s name, class or school. Essays that name a person or a
        place of the network are refused when a round is opened.
      </ConfirmModal>
    </>
  );
}
