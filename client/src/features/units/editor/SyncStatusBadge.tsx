import { Badge } from '@mantine/core';
import { collabStatusLabel, type CollabStatus } from '../../../lib/collab/collab-status';

const COLORS: Record<CollabStatus, string> = {
  saved: 'green',
  saving: 'blue',
  offline: 'orange',
  reconnecting: 'yellow',
  connecting: 'gray',
};

interface SyncStatusBadgeProps {
  status: CollabStatus;
  readOnly: boolean;
  storedLocally: boolean;
  /** Changes the server has not stored yet, counted in the offline label. */
  pendingChanges: number;
}

/**
 * Where the unit's changes are: saved on the server, on their way, or kept on this device. Screen
 * readers hear only changes of the connection (going offline, coming back), not every keystroke's
 * "Saving…" and "Saved".
 */
export function SyncStatusBadge({ status, readOnly, storedLocally, pendingChanges }: SyncStatusBadgeProps) {
  const label = readOnly ? 'Read-only' : collabStatusLabel(status, storedLocally, pendingChanges);
  const connected = status === 'saved' || status === 'saving';
  const announcement = readOnly
    ? 'Read-only'
    : connected
      ? 'Online: changes are saved as you type'
      : // Without the count: a new announcement for every keystroke offline would drown the typing.
        collabStatusLabel(status, storedLocally);
  return (
    <>
      <Badge
        variant="light"
        color={readOnly ? 'gray' : COLORS[status]}
        size="lg"
        radius="sm"
        tt="none"
        data-sync-status={readOnly ? 'read-only' : status}
      >
        {label}
      </Badge>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </>
  );
}
