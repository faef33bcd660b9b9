import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { toApiError } from './errors';

/**
 * "Load more" for a paginated list: calls `load` with the page's end cursor (nothing when there is
 * none), shows a spinner meanwhile, and says what failed in a notification titled `failure`.
 */
export function useLoadMore(
  endCursor: string | null | undefined,
  load: (after: string) => Promise<unknown>,
  failure: string,
): { loadingMore: boolean; loadMore: () => Promise<void> } {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await load(endCursor);
    } catch (e) {
      notifications.show({ color: 'red', title: failure, message: toApiError(e).message });
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}
