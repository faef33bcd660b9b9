import { Text } from '@mantine/core';
import { useT } from '../lib/i18n';

interface ResultCountProps {
  shown: number;
  total: number;
  /** The noun for one and for several, e.g. ['unit', 'units']. */
  noun: [string, string];
  /** What to say when nothing matches. */
  empty: string;
}

/** "Showing 20 of 54 units.", announced politely to screen readers when a list's filters change. */
export function ResultCount({ shown, total, noun, empty }: ResultCountProps) {
  const t = useT('common');
  return (
    <Text size="sm" role="status" aria-live="polite">
      {total === 0 ? empty : t('resultCount.showing', { shown, total, noun: total === 1 ? noun[0] : noun[1] })}
    </Text>
  );
}
