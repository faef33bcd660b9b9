import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { hasUnsentChanges } from '../../lib/collab/unsent-changes';
import { useNetwork } from '../network/context';
import {
  editOnOpen,
  loadedUnitEditor,
  loadUnitEditor,
  prefetchUnitEditorWhenIdle,
  type UnitEditorComponent,
} from './editor-loader';
import type { PageUnit } from './UnitPage';
import { UnitSections } from './UnitSections';

interface UnitDocumentProps {
  unit: PageUnit;
  /** The person may write the unit now (an author, and neither it nor its group is archived). */
  canEdit: boolean;
  /** The page's own data has arrived: the editor may download in the background for `canEdit`. */
  settled: boolean;
  renderSectionExtras: (sectionId: string) => ReactNode;
  onActiveSectionChange: (sectionId: string) => void;
}

/**
 * The unit's text: the server's HTML, and the live editor only for someone who may edit and wants
 * to (the Edit button, a click into a section, a unit just created) or whose device holds changes
 * the server lacks (so they see their own text). Readers never download the editor's code.
 */
export function UnitDocument({
  unit,
  canEdit,
  settled,
  renderSectionExtras,
  onActiveSectionChange,
}: UnitDocumentProps) {
  const { viewer } = useNetwork();
  const location = useLocation();
  const [unsent] = useState(() => canEdit && hasUnsentChanges(viewer.id, unit.documentId));
  const [wanted, setWanted] = useState(() => canEdit && (unsent || editOnOpen(location.state)));
  const [Editor, setEditor] = useState<UnitEditorComponent | null>(loadedUnitEditor);
  const [ready, setReady] = useState(false);
  const [focusSection, setFocusSection] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const editing = canEdit && wanted;

  useEffect(() => {
    if (!editing || Editor) return;
    let current = true;
    loadUnitEditor().then(
      (component) => current && setEditor(() => component),
      () => {
        if (!current) return;
        setWanted(false);
        setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [editing, Editor]);

  // Someone who may edit is reading: fetch the editor once nothing else of the page is loading.
  useEffect(() => {
    if (!canEdit || editing || !settled) return;
    return prefetchUnitEditorWhenIdle();
  }, [canEdit, editing, settled]);

  // The section the person was looking at stays where it was on the screen when the editor (with its
  // toolbars) replaces the read view.
  const readRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ id: string; top: number } | null>(null);
  useLayoutEffect(() => {
    const held = anchor.current;
    if (!ready || !held) return;
    anchor.current = null;
    const frame = editorRef.current?.querySelector(`.unit-editor__frame[data-section="${CSS.escape(held.id)}"]`);
    if (frame) window.scrollBy(0, pageTop(frame) - held.top);
  }, [ready]);

  /** Opens the editor with the caret in this section (by default the first one in view). */
  const open = (sectionId: string | null) => {
    const id = sectionId ?? firstSectionInView(readRef.current) ?? unit.sections[0]?.id ?? null;
    const content = id && readRef.current?.querySelector(`[data-section="${CSS.escape(id)}"] .unit-read__content`);
    anchor.current = id && content ? { id, top: pageTop(content) } : null;
    setFocusSection(id);
    setFailed(false);
    setWanted(true);
  };
  const showEditor = editing && Editor !== null;
  const opening = editing && !ready;

  return (
    <>
      {!(showEditor && ready) && (
        <Stack gap="lg" ref={readRef}>
          {canEdit && (
            <Group justify="space-between" align="center" gap="sm" className="unit-editor__bar">
              <Text size="sm" c={failed ? 'red.8' : 'dimmed'} role="status">
                {failed
                  ? 'The editor could not be downloaded. Check the connection and try again.'
                  : unsent && opening
                    ? 'This device has changes not saved yet: opening them in the editor…'
                    : opening
                      ? 'Opening the editor…'
                      : 'Click into a section to write.'}
              </Text>
              <Button
                size="sm"
                className="unit-read__edit"
                aria-busy={opening}
                leftSection={opening ? <Loader size={14} color="currentColor" aria-hidden /> : undefined}
                onClick={() => !opening && open(null)}
              >
                {opening ? 'Opening…' : 'Edit text'}
              </Button>
            </Group>
          )}
          <UnitSections
            sections={unit.sections}
            asEditor
            showPrompts={canEdit}
            renderSectionExtras={renderSectionExtras}
            onSectionClick={canEdit ? (id) => !opening && open(id) : undefined}
          />
        </Stack>
      )}
      {showEditor && (
        // Mounted hidden while it loads the text, so the HTML stays until the editor can replace it.
        <div hidden={!ready} ref={editorRef}>
          <Editor
            documentId={unit.documentId}
            user={{ id: viewer.id, name: viewer.displayName }}
            readOnly={!canEdit}
            onActiveSectionChange={(id) => id && onActiveSectionChange(id)}
            renderSectionExtras={renderSectionExtras}
            onLoaded={() => setReady(true)}
            focusSection={ready ? focusSection : null}
          />
        </div>
      )}
    </>
  );
}

/** An element's top from the top of the page (not of the window). */
function pageTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** The first section whose text is below the app's header, in the read view. */
function firstSectionInView(root: HTMLElement | null): string | null {
  for (const section of root?.querySelectorAll<HTMLElement>('[data-section]') ?? []) {
    if (section.getBoundingClientRect().bottom > 120) return section.dataset.section ?? null;
  }
  return null;
}
