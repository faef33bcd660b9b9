import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { caretField, type UnitSection } from '@switchback/shared';
import { SectionCarets, SectionPlaceholder } from './extensions';
import { isSafeLink } from './links';
import { SectionToolbar } from './SectionToolbar';

interface SectionEditorProps {
  section: UnitSection;
  doc: Y.Doc;
  awareness: Awareness;
  /** Editable now: the person may edit and the content has loaded. */
  editable: boolean;
  /** Never editable for this person (a viewer): no toolbar. */
  readOnly: boolean;
  onFocusChange: (sectionId: string, focused: boolean) => void;
  /** Put the caret here (at the end) once it can be edited. */
  autoFocus?: boolean;
  extras?: ReactNode;
}

/** One section of the unit: its title, its formatting toolbar and its rich text, live. */
export function SectionEditor({
  section,
  doc,
  awareness,
  editable,
  readOnly,
  onFocusChange,
  autoFocus,
  extras,
}: SectionEditorProps) {
  const headingId = useId();
  const promptId = useId();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The person is in this section (its text, toolbar or link form): only then does the toolbar
  // show which formats are on. React's focus events also bubble from the link form's portal.
  const [inside, setInside] = useState(false);

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          // Collaboration brings its own undo history, one per person.
          undoRedo: false,
          // The unit's export knows no underline.
          underline: false,
          // Headings inside a section (an h3) are h4.
          heading: { levels: [4] },
          link: {
            openOnClick: false,
            autolink: true,
            defaultProtocol: 'https',
            isAllowedUri: (url) => isSafeLink(url),
          },
        }),
        Table.configure({ resizable: false }),
        TableRow,
        TableHeader,
        TableCell,
        Collaboration.configure({ document: doc, field: section.id }),
        SectionCarets.configure({ awareness, field: caretField(section.id) }),
        SectionPlaceholder.configure({ prompt: section.prompt, emptyText: 'Nothing here yet.' }),
      ],
      editable: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': section.title,
          'aria-describedby': promptId,
          class: 'unit-editor__content',
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          const mod = event.ctrlKey || event.metaKey;
          if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
            setLinkOpen(true);
            return true;
          }
          if (event.altKey && event.key === 'F10') {
            toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          return false;
        },
      },
      onFocus: () => onFocusChange(section.id, true),
      onBlur: () => onFocusChange(section.id, false),
    },
    [doc, awareness, section.id],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    editor.commands.setPlaceholderReadOnly(readOnly);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable, readOnly]);

  const focused = useRef(false);
  useEffect(() => {
    if (!autoFocus || focused.current || !editor || editor.isDestroyed || !editable) return;
    focused.current = true;
    editor.commands.focus('end', { scrollIntoView: false });
  }, [editor, editable, autoFocus]);

  return (
    <Stack
      gap={6}
      component="section"
      aria-labelledby={headingId}
      className="unit-editor__section"
      onFocus={() => setInside(true)}
      onBlur={(e) => {
        const to = e.relatedTarget as Node | null;
        if (!to || !e.currentTarget.contains(to)) setInside(false);
      }}
    >
      <Title order={3} size="h4" id={headingId}>
        {section.title}
      </Title>
      <span id={promptId} className="visually-hidden">
        {section.prompt}
      </span>
      {editor && !readOnly && (
        <SectionToolbar
          editor={editor}
          sectionTitle={section.title}
          active={inside || linkOpen}
          linkOpen={linkOpen}
          onLinkOpenChange={setLinkOpen}
          toolbarRef={toolbarRef}
        />
      )}
      <EditorContent editor={editor} className="unit-editor__frame" data-section={section.id} />
      {extras}
    </Stack>
  );
}
