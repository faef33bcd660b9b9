import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';
import { presenceColor, UNIT_SECTIONS, UNIT_STAGES, type UnitSection } from '@switchback/shared';
import { useCollabDocument } from '../../../lib/collab/useCollabDocument';
import { LiveDocumentFrame } from './LiveDocumentFrame';
import { SectionEditor } from './SectionEditor';
import './unit-editor.css';

export interface UnitEditorProps {
  documentId: string;
  user: { id: string; name: string };
  /** Show the unit without letting this person change it (the server refuses their changes anyway). */
  readOnly?: boolean;
  /** The section the person is writing in, or null when they leave the editors. */
  onActiveSectionChange?: (sectionId: string | null) => void;
  /** Something to show under a section (comments, for instance). */
  renderSectionExtras?: (sectionId: string) => ReactNode;
  /** Once the text can be shown (in sync, or this device's copy while offline), or cannot be opened. */
  onLoaded?: () => void;
  /** The section to put the caret in (at its end) once it can be edited: where the person clicked. */
  focusSection?: string | null;
}

const STAGES = UNIT_STAGES.map((stage) => ({
  ...stage,
  sections: (UNIT_SECTIONS as readonly UnitSection[]).filter((s) => s.stage === stage.id),
}));

/**
 * A unit's sections, each a rich-text editor bound to the unit's live document, with who is here,
 * their carets, and whether the changes are saved. Load it lazily: it brings TipTap, Yjs and socket.io.
 */
export function UnitEditor({
  documentId,
  user,
  readOnly,
  onActiveSectionChange,
  renderSectionExtras,
  onLoaded,
  focusSection,
}: UnitEditorProps) {
  const idPrefix = useId();
  const live = useCollabDocument(documentId, user.id);
  const { provider } = live;
  const { awareness } = provider;
  const viewOnly = Boolean(readOnly) || live.readOnly;
  const editable = !viewOnly && live.loaded && !live.error;

  useEffect(() => {
    awareness.setLocalStateField('user', { id: user.id, name: user.name, color: presenceColor(user.id) });
  }, [awareness, user.id, user.name]);

  const onActiveRef = useRef(onActiveSectionChange);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onActiveRef.current = onActiveSectionChange;
    onLoadedRef.current = onLoaded;
  });
  const ready = live.loaded || Boolean(live.error);
  useEffect(() => {
    if (ready) onLoadedRef.current?.();
  }, [ready]);
  const onFocusChange = useCallback(
    (sectionId: string, focused: boolean) => {
      const current = awareness.getLocalState()?.section ?? null;
      if (focused) {
        if (current !== sectionId) awareness.setLocalStateField('section', sectionId);
        onActiveRef.current?.(sectionId);
      } else if (current === sectionId) {
        awareness.setLocalStateField('section', null);
        onActiveRef.current?.(null);
      }
    },
    [awareness],
  );

  return (
    <LiveDocumentFrame live={live} viewOnly={viewOnly} errorTitle="This unit cannot be opened">
      {STAGES.map((stage) => (
        <Stack key={stage.id} gap="md" component="section" aria-labelledby={`${idPrefix}-${stage.id}`}>
          <Title order={2} size="h3" id={`${idPrefix}-${stage.id}`}>
            {stage.title}
          </Title>
          {stage.sections.map((section) => (
            <SectionEditor
              key={section.id}
              section={section}
              doc={live.doc}
              awareness={awareness}
              editable={editable}
              readOnly={viewOnly}
              onFocusChange={onFocusChange}
              autoFocus={focusSection === section.id}
              extras={renderSectionExtras?.(section.id)}
            />
          ))}
        </Stack>
      ))}
    </LiveDocumentFrame>
  );
}

export default UnitEditor;
