import { useCallback, useEffect } from 'react';
import { presenceColor, SESSION_NOTES_FIELD, type UnitSection } from '@switchback/shared';
import { useCollabDocument } from '../../lib/collab/useCollabDocument';
import { LiveDocumentFrame } from '../units/editor/LiveDocumentFrame';
import { SectionEditor } from '../units/editor/SectionEditor';
import { fragmentLines } from './notes-lines';
import '../units/editor/unit-editor.css';

/** The notes are one rich-text field; the unit editor's section editor shows it. */
const NOTES: UnitSection = {
  id: SESSION_NOTES_FIELD,
  stage: 'reflection',
  title: 'Shared notes',
  prompt: 'What we discussed, decided and will do next. Put each action item on its own line.',
};

export interface SessionNotesEditorProps {
  documentId: string;
  user: { id: string; name: string };
  /** Called with the notes' lines whenever they change (for the action items box). */
  onLinesChange?: (lines: string[]) => void;
}

/**
 * A session's live shared notes on the live-document engine (offline-safe: changes are kept in the
 * browser until the server has them). Load it lazily: it brings TipTap, Yjs and socket.io.
 */
export function SessionNotesEditor({ documentId, user, onLinesChange }: SessionNotesEditorProps) {
  const live = useCollabDocument(documentId, user.id);
  const { awareness } = live.provider;
  const viewOnly = live.readOnly;
  const editable = !viewOnly && live.loaded && !live.error;

  useEffect(() => {
    awareness.setLocalStateField('user', { id: user.id, name: user.name, color: presenceColor(user.id) });
  }, [awareness, user.id, user.name]);

  useEffect(() => {
    if (!onLinesChange) return;
    const fragment = live.doc.getXmlFragment(SESSION_NOTES_FIELD);
    const report = () => onLinesChange(fragmentLines(fragment));
    report();
    fragment.observeDeep(report);
    return () => fragment.unobserveDeep(report);
  }, [live.doc, onLinesChange]);

  const onFocusChange = useCallback(
    (sectionId: string, focused: boolean) => awareness.setLocalStateField('section', focused ? sectionId : null),
    [awareness],
  );

  return (
    <LiveDocumentFrame live={live} viewOnly={viewOnly} errorTitle="The notes cannot be opened" gap="sm">
      <SectionEditor
        section={NOTES}
        doc={live.doc}
        awareness={awareness}
        editable={editable}
        readOnly={viewOnly}
        onFocusChange={onFocusChange}
      />
    </LiveDocumentFrame>
  );
}

export default SessionNotesEditor;
