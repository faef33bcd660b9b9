import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

type State = Record<string, unknown>;
type ChangeListener = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => void;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = '#495057';

function safeColor(color: unknown): string {
  return typeof color === 'string' && HEX_COLOR.test(color) ? color : FALLBACK_COLOR;
}

/**
 * The awareness as one section's editor should see it: each person's caret for this section (kept in
 * the awareness field `field`) appears as the `cursor` that y-tiptap's cursor plugin reads. (The
 * plugin writes its caret to the field it is given but reads only `cursor`.) Change events are
 * passed on only when a caret or a name in this section changes, so typing in one section does not
 * redraw the carets of all the others.
 */
export function sectionAwareness(awareness: Awareness, field: string) {
  const view = (state: State | null | undefined): State | null =>
    state ? { ...state, user: { ...(state.user as State | undefined) }, cursor: state[field] ?? null } : null;
  const wrapped = new Map<ChangeListener, ChangeListener>();
  return {
    get clientID() {
      return awareness.clientID;
    },
    get doc() {
      return awareness.doc;
    },
    getStates(): Map<number, State> {
      const states = new Map<number, State>();
      for (const [id, state] of awareness.getStates()) {
        const v = view(state);
        if (v) states.set(id, v);
      }
      return states;
    },
    getLocalState(): State | null {
      return view(awareness.getLocalState());
    },
    setLocalStateField(name: string, value: unknown): void {
      awareness.setLocalStateField(name, value);
    },
    on(event: string, listener: ChangeListener): void {
      if (event !== 'change') return;
      const seen = new Map<number, string>();
      const filtered: ChangeListener = (change, origin) => {
        let relevant = false;
        for (const id of [...change.added, ...change.updated, ...change.removed]) {
          const state = awareness.getStates().get(id);
          const key = state ? JSON.stringify([state[field] ?? null, state.user ?? null]) : '';
          if (seen.get(id) !== key) relevant = true;
          if (key) seen.set(id, key);
          else seen.delete(id);
        }
        if (relevant) listener(change, origin);
      };
      wrapped.set(listener, filtered);
      awareness.on('change', filtered);
    },
    off(event: string, listener: ChangeListener): void {
      const filtered = wrapped.get(listener);
      if (event !== 'change' || !filtered) return;
      awareness.off('change', filtered);
      wrapped.delete(listener);
    },
  };
}

/**
 * Someone else's caret: a coloured bar with a small flag on top. Their name shows above it for a
 * moment when the caret is drawn, then fades so it never hides the line above; hovering the flag
 * shows it again. Hidden from screen readers: the presence bar says who is in which section.
 */
export function renderCaret(user: { name?: unknown; color?: unknown }): HTMLElement {
  const color = safeColor(user.color);
  const name = typeof user.name === 'string' ? user.name : 'Someone';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = color;
  const flag = document.createElement('span');
  flag.className = 'collaboration-carets__flag';
  flag.style.backgroundColor = color;
  flag.title = name;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(flag, label);
  return caret;
}

export interface SectionCaretsOptions {
  awareness: Awareness | null;
  /** The awareness field of this section's carets (`caretField(section)`). */
  field: string;
}

/** Other people's carets and selections in one section's editor. */
export const SectionCarets = Extension.create<SectionCaretsOptions>({
  name: 'sectionCarets',
  priority: 999,
  addOptions() {
    return { awareness: null, field: 'cursor' };
  },
  addProseMirrorPlugins() {
    const { awareness, field } = this.options;
    if (!awareness) return [];
    return [
      yCursorPlugin(
        sectionAwareness(awareness, field) as unknown as Awareness,
        {
          cursorBuilder: (user: { name?: unknown; color?: unknown }) => renderCaret(user),
          selectionBuilder: (user: { color?: unknown }) => ({
            class: 'collaboration-carets__selection',
            style: `background-color: ${safeColor(user.color)}33`,
          }),
        },
        field,
      ),
    ];
  },
});

export interface SectionPlaceholderOptions {
  /** Shown in the empty section while it can be edited. */
  prompt: string;
  /** Shown in the empty section of a read-only unit (set `storage.sectionPlaceholder.readOnly`). */
  emptyText: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sectionPlaceholder: {
      /** Whether the unit is read-only for this person: an empty section then says so. */
      setPlaceholderReadOnly: (readOnly: boolean) => ReturnType;
    };
  }
}

/** The section's prompt in its first, empty paragraph. */
export const SectionPlaceholder = Extension.create<SectionPlaceholderOptions, { readOnly: boolean }>({
  name: 'sectionPlaceholder',
  addOptions() {
    return { prompt: '', emptyText: '' };
  },
  addStorage() {
    return { readOnly: false };
  },
  addCommands() {
    return {
      setPlaceholderReadOnly:
        (readOnly) =>
        ({ tr }) => {
          this.storage.readOnly = readOnly;
          // A transaction, so the placeholder is drawn again.
          tr.setMeta('sectionPlaceholder', readOnly);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    const storage = this.storage;
    const { prompt, emptyText } = this.options;
    return [
      new Plugin({
        key: new PluginKey('sectionPlaceholder'),
        props: {
          decorations(state) {
            const { doc } = state;
            const first = doc.firstChild;
            if (doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null;
            // Nothing while the content is still loading.
            const text = editor.isEditable ? prompt : storage.readOnly ? emptyText : '';
            if (!text) return null;
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, { class: 'unit-editor__placeholder', 'data-placeholder': text }),
            ]);
          },
        },
      }),
    ];
  },
});
