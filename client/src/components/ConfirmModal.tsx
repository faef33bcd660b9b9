import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormAlert } from './FormAlert';
import type { ApiError } from '../lib/errors';
import { useT } from '../lib/i18n';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: ApiError | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" with Cancel (focused first) and a confirm button. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { opened, title, children, confirmLabel, danger, loading, error, onConfirm, onClose } = props;
  const t = useT('common');
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text component="div">{children}</Text>
        <FormAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
