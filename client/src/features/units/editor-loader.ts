import type { ComponentType } from 'react';
import type { UnitEditorProps } from './editor/UnitEditor';
import { prefetchWhenIdle } from '../../lib/prefetch';

export type UnitEditorComponent = ComponentType<UnitEditorProps>;

let loaded: UnitEditorComponent | null = null;
let loading: Promise<UnitEditorComponent> | null = null;

/**
 * The live editor (TipTap, Yjs, socket.io: the heaviest code of the app), downloaded the first time
 * someone who may edit a unit wants to. A failed download (offline) can be tried again.
 */
export function loadUnitEditor(): Promise<UnitEditorComponent> {
  loading ??= import('./editor/UnitEditor').then(
    (module) => (loaded = module.UnitEditor),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The editor if it is already downloaded (it then opens without waiting). */
export function loadedUnitEditor(): UnitEditorComponent | null {
  return loaded;
}

/** Navigation state that opens a unit in the editor (a unit just created or adapted is to be written). */
export const EDIT_ON_OPEN = { edit: true } as const;

export function editOnOpen(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { edit?: unknown }).edit === true;
}

/**
 * Downloads the editor in the background once the browser is idle, for someone who may edit and is
 * reading the unit: never under Save-Data, never where the browser cannot say it is idle. Call it
 * only once the page's own text and data are there. Returns a function that cancels it.
 */
export function prefetchUnitEditorWhenIdle(): () => void {
  if (loaded || loading) return () => undefined;
  return prefetchWhenIdle(loadUnitEditor);
}
