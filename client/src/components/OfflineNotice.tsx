import { Alert } from '@mantine/core';
import { useOffline } from '../lib/connectivity';
import { useT } from '../lib/i18n';

/** Says so while the pages show what this device last saw, because the network (or the API) is gone. */
export function OfflineNotice() {
  const offline = useOffline();
  const t = useT('common');
  if (!offline) return null;
  return (
    <Alert color="yellow" variant="light" py="xs" role="status" className="no-print" data-offline-notice>
      {t('offline.notice')}
    </Alert>
  );
}
