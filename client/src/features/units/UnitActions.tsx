import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { toApiError, type ApiError } from '../../lib/errors';
import { useNetwork } from '../network/context';
import { ForkUnitModal } from './ForkUnitModal';
import { useNeedsConnection } from '../../lib/needs-connection';
import { PublishChangesButton } from './PublishChanges';
import { ArchiveUnitMutation, PublishUnitMutation } from './operations';

interface ActionUnit {
  id: string;
  title: string;
  status: string;
  groupId: string;
  group: { name: string };
  latestVersion?: { number: number } | null;
}

interface UnitActionsProps {
  unit: ActionUnit;
  /** Active members of the unit's group. */
  canEdit: boolean;
  onEditDetails: () => void;
  onChanged: () => Promise<unknown>;
}

/** Edit details, publish, archive, adapt, export and print. */
export function UnitActions({ unit, canEdit, onEditDetails, onChanged }: UnitActionsProps) {
  const { network, role } = useNetwork();
  const base = `/n/${network.slug}`;
  const [confirming, setConfirming] = useState<'publish' | 'archive' | null>(null);
  const [confirmError, setConfirmError] = useState<ApiError | null>(null);
  const [forking, setForking] = useState(false);
  const connection = useNeedsConnection();
  const [publish, publishing] = useMutation(PublishUnitMutation);
  const [archive, archiving] = useMutation(ArchiveUnitMutation);
  const canPublish = canEdit && unit.status === 'DRAFT';
  const canArchive = canEdit && (unit.status === 'DRAFT' || unit.status === 'PUBLISHED');
  const canFork = unit.status === 'PUBLISHED' && role !== 'STUDENT';

  const confirm = async () => {
    setConfirmError(null);
    try {
      if (confirming === 'publish') {
        await publish({ variables: { unitId: unit.id } });
        notifications.show({
          color: 'green',
          title: 'Unit published',
          message: `${unit.title} is in the library of ${network.name}.`,
        });
      } else if (confirming === 'archive') {
        await archive({ variables: { unitId: unit.id } });
        notifications.show({ color: 'green', title: 'Unit archived', message: `${unit.title} is read-only now.` });
      }
      setConfirming(null);
      await onChanged();
    } catch (e) {
      setConfirmError(toApiError(e));
    }
  };
  const ask = (what: 'publish' | 'archive') => {
    setConfirmError(null);
    setConfirming(what);
  };

  return (
    <>
      <Group gap="xs" className="no-print">
        {canEdit && unit.status !== 'ARCHIVED' && (
          <Button size="sm" variant="default" onClick={onEditDetails}>
            Edit details
          </Button>
        )}
        {canPublish && (
          <Button size="sm" onClick={() => ask('publish')} {...connection.buttonProps}>
            Publish
          </Button>
        )}
        {canEdit && unit.status === 'PUBLISHED' && (
          <PublishChangesButton unit={unit} onPublished={onChanged} buttonProps={connection.buttonProps} />
        )}
        {canFork && (
          <Button size="sm" variant="light" onClick={() => setForking(true)}>
            Adapt for my group
          </Button>
        )}
        {canArchive && (
          <Button size="sm" variant="default" color="red" onClick={() => ask('archive')} {...connection.buttonProps}>
            Archive
          </Button>
        )}
        {(canPublish || canArchive || (canEdit && unit.status === 'PUBLISHED')) && connection.reason}
      </Group>
      <Group gap="xs" className="no-print" role="group" aria-labelledby="unit-export-label">
        <Text size="sm" fw={600} id="unit-export-label">
          Export:
        </Text>
        <Button size="xs" variant="default" component="a" href={`/api/units/${unit.id}/export?format=md`} download>
          Markdown (.md)
        </Button>
        <Button size="xs" variant="default" component="a" href={`/api/units/${unit.id}/export?format=docx`} download>
          Word (.docx)
        </Button>
        <Button size="xs" variant="default" component={Link} to={`${base}/units/${unit.id}/print`}>
          Print view
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming === 'archive' ? `Archive ${unit.title}?` : `Publish ${unit.title}?`}
        confirmLabel={confirming === 'archive' ? 'Archive unit' : 'Publish unit'}
        danger={confirming === 'archive'}
        loading={publishing.loading || archiving.loading}
        error={confirmError}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      >
        {confirming === 'archive'
          ? `The unit becomes read-only and leaves the library. Members of ${unit.group.name} can still read, export and print it.`
          : `Everyone in ${network.name} can then read it in the library, print it and adapt it for their own group. Members of ${unit.group.name} keep improving the draft and publish their changes as new versions.`}
      </ConfirmModal>
      <ForkUnitModal unit={forking ? unit : null} onClose={() => setForking(false)} />
    </>
  );
}
