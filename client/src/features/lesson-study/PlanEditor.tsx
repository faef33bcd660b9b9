import { useCallback, useEffect } from 'react';
import { LESSON_PLAN_SECTIONS, presenceColor, type UnitSection } from '@switchback/shared';
import { useCollabDocument } from '../../lib/collab/useCollabDocument';
import { LiveDocumentFrame } from '../units/editor/LiveDocumentFrame';
import { SectionEditor } from '../units/editor/SectionEditor';
import '../units/editor/unit-editor.css';

/** The plan template's sections in the shape the unit editor's section editor takes. */
const SECTIONS: UnitSection[] = LESSON_PLAN_SECTIONS.map((s) => ({
  id: s.id,
  stage: 'learning-plan',
  title: s.title,
  prompt: s.hint,
}));

export interface PlanEditorProps {
  documentId: string;
  user: { id: string; name: string };
}

/**
 * The research lesson plan on the live-document engine, written together (offline-safe). The
 * server decides EDIT or VIEW (participants edit while planning and revising). Load it lazily.
 */
export function PlanEditor({ documentId, user }: PlanEditorProps) {
  const live = useCollabDocument(documentId, user.id);
  const { awareness } = live.provider;
  const viewOnly = live.readOnly;
  const editable = !viewOnly && live.loaded && !live.error;

  useEffect(() => {
    awareness.setLocalStateField('user', { id: user.id, name: user.name, color: presenceColor(user.id) });
  }, [awareness, user.id, user.name]);

  const onFocusChange = useCallback(
    (sectionId: string, focused: boolean) => awareness.setLocalStateField('section', focused ? sectionId : null),
    [awareness],
  );

  return (
    <LiveDocumentFrame live={live} viewOnly={viewOnly} errorTitle="The lesson plan cannot be opened" gap="lg">
      {SECTIONS.map((section) => (
        <SectionEditor
          key={section.id}
          section={section}
          doc={live.doc}
          awareness={awareness}
          editable={editable}
          readOnly={viewOnly}
          onFocusChange={onFocusChange}
        />
      ))}
    </LiveDocumentFrame>
  );
}

export default PlanEditor;
