import { Alert } from '@mantine/core';
import { useOffline } from '../lib/connectivity';

/** Says so while the pages show what this device last saw, because the network (or the API) is gone. */
export function OfflineNotice() {
  const offline = useOffline();
  if (!offline) return null;
  return (
    <Alert color="yellow" variant="light" py="xs" role="status" className="no-print" data-offline-notice>
      Offline — showing what this device last saw
    </Alert>
  );
}
