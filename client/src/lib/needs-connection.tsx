import { useId, type MouseEvent, type ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useOffline } from './connectivity';

export const NEEDS_CONNECTION = 'Needs a connection';

export interface NeedsConnection {
  /** True while the server cannot be reached (lib/connectivity's one answer). */
  offline: boolean;
  /**
   * Spread on the button: while offline it stays focusable (so keyboards and screen readers reach
   * it and hear why) but is marked disabled, described by the reason, and clicks do nothing.
   */
  buttonProps: {
    'aria-disabled'?: true;
    'data-disabled'?: true;
    'aria-describedby'?: string;
    onClickCapture?: (event: MouseEvent) => void;
  };
  /** The visible reason ("Needs a connection") to place next to the buttons, or null when online. */
  reason: ReactNode;
}

/**
 * For actions the server must do at once (publish, archive, comment): they are not queued like live
 * edits, because each is a decision someone takes seeing the current state (a review stage, who else
 * published), so while offline they wait, saying why.
 */
export function useNeedsConnection(): NeedsConnection {
  const offline = useOffline();
  const id = useId();
  if (!offline) return { offline, buttonProps: {}, reason: null };
  return {
    offline,
    buttonProps: {
      'aria-disabled': true,
      'data-disabled': true,
      'aria-describedby': id,
      onClickCapture: (event) => {
        event.preventDefault();
        event.stopPropagation();
      },
    },
    reason: (
      <Text id={id} size="sm" c="dimmed" span>
        {NEEDS_CONNECTION}
      </Text>
    ),
  };
}
