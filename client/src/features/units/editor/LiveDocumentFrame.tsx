import { useRef, type ReactNode } from 'react';
import { Alert, Group, Stack } from '@mantine/core';
import type { useCollabDocument } from '../../../lib/collab/useCollabDocument';
import { PresenceBar } from './PresenceBar';
import { SyncStatusBadge } from './SyncStatusBadge';
import { useTypingMode } from './useTypingMode';

interface LiveDocumentFrameProps {
  live: ReturnType<typeof useCollabDocument>;
  viewOnly: boolean;
  /** Shown when the document cannot be opened, e.g. "This unit cannot be opened". */
  errorTitle: string;
  gap?: 'sm' | 'lg';
  children: ReactNode;
}

/**
 * What every live document shows around its text: who is here, whether changes are saved, and why
 * not when they are not (units and convening session notes alike).
 */
export function LiveDocumentFrame({ live, viewOnly, errorTitle, gap = 'lg', children }: LiveDocumentFrameProps) {
  const frame = useRef<HTMLDivElement>(null);
  // On a phone the bars fold away while the person types (unit-editor.css): the text gets the screen.
  const typing = useTypingMode(frame);
  if (live.error) {
    return (
      <Alert color="red" variant="light" title={errorTitle} role="alert">
        {live.error}
      </Alert>
    );
  }
  return (
    <Stack ref={frame} gap={gap} className="unit-editor" data-typing={typing || undefined}>
      <Group justify="space-between" align="center" gap="sm" className="unit-editor__bar">
        <PresenceBar awareness={live.provider.awareness} />
        <SyncStatusBadge
          status={live.status}
          readOnly={viewOnly}
          storedLocally={live.storedLocally}
          pendingChanges={live.pendingChanges}
        />
      </Group>
      {live.problem && (
        <Alert color="red" variant="light" title="Not saved" role="alert">
          {live.problem}
        </Alert>
      )}
      {children}
    </Stack>
  );
}
