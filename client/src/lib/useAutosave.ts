import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './errors';

export type AutosaveState = 'idle' | 'saved' | 'saving' | 'unsaved' | 'failed';

/** What the save indicator says in each state; `idle` and `saved` are the form's own words. */
export interface AutosaveLabels {
  idle: string;
  saved: string;
}

interface Options {
  /** How long changes pause before they are saved. */
  delayMs: number;
  /** False while nothing may be saved (closed, sent, invalid): changes wait. */
  enabled: boolean;
  labels: AutosaveLabels;
  /** Skips one planned save without failing (for instance while the form is being sent). */
  skip?: () => boolean;
  /** Called with the error when a save fails; returns the message to show (by default the error's). */
  onError?: (error: unknown) => string;
}

const FIXED_LABELS = { saving: 'Saving…', unsaved: 'Not saved yet', failed: 'Not saved' } as const;

/**
 * Saves `value` once changes pause for `delayMs`, and tells how it stands: a state, its label for a
 * live status region, and the problem of the last failed save (cleared by the next save). `markSaved(value)`
 * records a value the caller saved itself (for instance by submitting it).
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<unknown>, options: Options) {
  const { delayMs, enabled, labels, skip, onError = errorMessage } = options;
  const [state, setState] = useState<AutosaveState>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  // The first value is the one already saved.
  const lastSaved = useRef<T>(value);
  // The latest callbacks, so a new function on each render does not restart the timer.
  const latest = useRef({ save, skip, onError });
  useEffect(() => {
    latest.current = { save, skip, onError };
  });

  useEffect(() => {
    if (!enabled || Object.is(value, lastSaved.current)) return;
    setState('unsaved');
    const timer = setTimeout(() => {
      if (latest.current.skip?.()) return;
      setState('saving');
      latest.current
        .save(value)
        .then(() => {
          lastSaved.current = value;
          setProblem(null);
          setState((s) => (s === 'saving' ? 'saved' : s));
        })
        .catch((error: unknown) => {
          setProblem(latest.current.onError(error));
          setState('failed');
        });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, enabled, delayMs]);

  const markSaved = useCallback((saved: T) => {
    lastSaved.current = saved;
    setProblem(null);
    setState('saved');
  }, []);

  const label = state === 'idle' || state === 'saved' ? labels[state] : FIXED_LABELS[state];
  return { state, label, problem, markSaved };
}
