import { useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import { normalizeLink } from './links';

interface ToolButton {
  key: string;
  label: string;
  content: ReactNode;
  run: () => void;
  /** For toggles: whether the format is on where the cursor is. */
  pressed?: boolean;
  shortcut?: string;
}

interface SectionToolbarProps {
  editor: Editor;
  /** The person is in this section: only then are formats shown as on (other sections look neutral). */
  active: boolean;
  sectionTitle: string;
  linkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  toolbarRef: Ref<HTMLDivElement>;
}

/**
 * The formatting buttons of one section: a single tab stop (arrow keys move between the buttons,
 * Alt+F10 in the editor comes here, Escape goes back to the text).
 */
export function SectionToolbar({
  editor,
  active,
  sectionTitle,
  linkOpen,
  onLinkOpenChange,
  toolbarRef,
}: SectionToolbarProps) {
  const on = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
    }),
  });
  // A section the person is not in keeps its last selection: its toolbar looks neutral.
  const s = active
    ? on
    : { ...on, bold: false, italic: false, heading: false, bulletList: false, orderedList: false, link: false };
  const [current, setCurrent] = useState(0);
  const buttonsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const chain = () => editor.chain().focus();

  const buttons: ToolButton[] = [
    {
      key: 'bold',
      label: 'Bold',
      content: <strong>B</strong>,
      pressed: s.bold,
      shortcut: 'Control+B Meta+B',
      run: () => chain().toggleBold().run(),
    },
    {
      key: 'italic',
      label: 'Italic',
      content: <em>I</em>,
      pressed: s.italic,
      shortcut: 'Control+I Meta+I',
      run: () => chain().toggleItalic().run(),
    },
    {
      key: 'heading',
      label: 'Heading',
      content: 'Heading',
      pressed: s.heading,
      run: () => chain().toggleHeading({ level: 4 }).run(),
    },
    {
      key: 'bulletList',
      label: 'Bulleted list',
      content: '• List',
      pressed: s.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      // The visible "1. List" starts the name, so "click 1. List" works by voice (WCAG 2.5.3).
      label: '1. List (numbered list)',
      content: '1. List',
      pressed: s.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      key: 'link',
      label: s.link ? 'Edit link' : 'Link',
      content: 'Link',
      pressed: s.link,
      shortcut: 'Control+K Meta+K',
      run: () => onLinkOpenChange(!linkOpen),
    },
  ];
  if (!s.table) {
    buttons.push({
      key: 'table',
      label: 'Insert table',
      content: 'Table',
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    });
  } else {
    buttons.push(
      { key: 'addRow', label: 'Add row below', content: '+ Row', run: () => chain().addRowAfter().run() },
      { key: 'addColumn', label: 'Add column after', content: '+ Column', run: () => chain().addColumnAfter().run() },
      { key: 'deleteRow', label: 'Delete row', content: '− Row', run: () => chain().deleteRow().run() },
      { key: 'deleteColumn', label: 'Delete column', content: '− Column', run: () => chain().deleteColumn().run() },
      { key: 'deleteTable', label: 'Delete table', content: 'Delete table', run: () => chain().deleteTable().run() },
    );
  }
  const focusable = Math.min(current, buttons.length - 1);

  const move = (to: number) => {
    const next = (to + buttons.length) % buttons.length;
    setCurrent(next);
    buttonsRef.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = buttonsRef.current.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    if (event.key === 'ArrowRight') move(at + 1);
    else if (event.key === 'ArrowLeft') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(buttons.length - 1);
    else if (event.key === 'Escape' && !linkOpen) editor.commands.focus();
    else return;
    event.preventDefault();
  };

  return (
    <Group
      ref={toolbarRef}
      gap={4}
      wrap="wrap"
      role="toolbar"
      aria-label={`${sectionTitle} formatting`}
      onKeyDown={onKeyDown}
      className="unit-editor__toolbar"
    >
      {buttons.map((b, i) => {
        const button = (
          <Button
            key={b.key}
            ref={(el) => {
              buttonsRef.current[i] = el;
            }}
            size="compact-sm"
            variant={b.pressed ? 'filled' : 'default'}
            aria-label={b.label}
            aria-pressed={b.pressed === undefined ? undefined : b.pressed}
            aria-keyshortcuts={b.shortcut}
            tabIndex={i === focusable ? 0 : -1}
            // Keeps the editor's selection when clicked with a mouse.
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setCurrent(i)}
            onClick={b.run}
          >
            {b.content}
          </Button>
        );
        if (b.key !== 'link') return button;
        return (
          <LinkPopover
            key={b.key}
            editor={editor}
            opened={linkOpen}
            onClose={() => onLinkOpenChange(false)}
            sectionTitle={sectionTitle}
          >
            {button}
          </LinkPopover>
        );
      })}
    </Group>
  );
}

interface LinkPopoverProps {
  editor: Editor;
  opened: boolean;
  onClose: () => void;
  sectionTitle: string;
  children: ReactNode;
}

/** Asks for a link's address (web page or email) and puts it on the selected text. */
function LinkPopover({ editor, opened, onClose, sectionTitle, children }: LinkPopoverProps) {
  return (
    <Popover
      opened={opened}
      onDismiss={onClose}
      position="bottom-start"
      width={320}
      shadow="md"
      trapFocus
      // Escape, Cancel and a new link all return to the text (see LinkForm), not to the button.
      closeOnEscape={false}
      returnFocus={false}
      withinPortal
    >
      <Popover.Target>{children}</Popover.Target>
      <Popover.Dropdown aria-label={`Link in ${sectionTitle}`}>
        {opened && <LinkForm editor={editor} onDone={onClose} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    onDone();
    editor.commands.focus();
  };
  const apply = () => {
    const href = normalizeLink(value);
    if (!href) {
      setError('Enter a web address (https://…) or an email address.');
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <Stack gap="xs">
        <TextInput
          label="Link address"
          description="A web page or an email address"
          placeholder="https://"
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
          autoComplete="url"
        />
        <Group gap="xs" justify="flex-end">
          {existing && (
            <Button variant="subtle" color="red" size="xs" onClick={remove}>
              Remove link
            </Button>
          )}
          <Button variant="default" size="xs" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" size="xs">
            {existing ? 'Update link' : 'Add link'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
