import { useMemo, useSyncExternalStore } from 'react';
import { Group, Text } from '@mantine/core';
import type { Awareness } from 'y-protocols/awareness';
import { UNIT_SECTIONS, type CollabPresence } from '@switchback/shared';

export interface PresentPerson {
  id: string;
  name: string;
  color: string;
  /** The section they are in, if any. */
  section: string | null;
  self: boolean;
}

const SECTION_TITLES = new Map<string, string>(UNIT_SECTIONS.map((s) => [s.id, s.title]));

function isPresence(state: unknown): state is CollabPresence {
  const user = (state as CollabPresence | null)?.user;
  return typeof user?.id === 'string' && typeof user.name === 'string' && typeof user.color === 'string';
}

/** Everyone here, once per person (several tabs count once), this person first. */
export function presentPeople(awareness: Awareness): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const [clientId, state] of awareness.getStates()) {
    if (!isPresence(state)) continue;
    const self = clientId === awareness.clientID;
    const section = typeof state.section === 'string' ? state.section : null;
    const known = people.get(state.user.id);
    if (known && (known.section || !section)) continue;
    people.set(state.user.id, {
      id: state.user.id,
      name: state.user.name,
      color: /^#[0-9a-f]{6}$/i.test(state.user.color) ? state.user.color : '#495057',
      section,
      self: self || Boolean(known?.self),
    });
  }
  return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

function presenceStore(awareness: Awareness) {
  let snapshot = presentPeople(awareness);
  let key = JSON.stringify(snapshot);
  const refresh = () => {
    const next = presentPeople(awareness);
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return false;
    snapshot = next;
    key = nextKey;
    return true;
  };
  return {
    get: () => snapshot,
    subscribe(listener: () => void) {
      const onChange = () => {
        if (refresh()) listener();
      };
      awareness.on('change', onChange);
      if (refresh()) listener();
      return () => awareness.off('change', onChange);
    },
  };
}

/** The people in the document, as the awareness says, updated as they come, go and move. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  const store = useMemo(() => presenceStore(awareness), [awareness]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Who is here, each with their caret colour and the section they are in. */
export function PresenceBar({ awareness }: { awareness: Awareness }) {
  const people = usePresence(awareness);
  return (
    <Group gap="xs" wrap="wrap" component="section" aria-label="Who is here" className="unit-editor__presence">
      <Text size="sm" fw={600} component="span">
        Here now:
      </Text>
      <ul className="unit-editor__people">
        {people.map((p) => {
          const where = p.section ? `in ${SECTION_TITLES.get(p.section) ?? 'another section'}` : 'reading';
          return (
            <li key={p.id} className="unit-editor__person" data-person={p.name}>
              <span className="unit-editor__dot" style={{ backgroundColor: p.color }} aria-hidden="true" />
              <span>
                <strong>{p.self ? `${p.name} (you)` : p.name}</strong>{' '}
                <span className="unit-editor__where">{where}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </Group>
  );
}
