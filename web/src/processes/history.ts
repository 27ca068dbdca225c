// Undo and redo over definition snapshots. Edits that come in a burst on one thing (typing in one field) merge
// into one step when they carry the same `key` as the one before.

export type History<T> = { past: readonly T[]; present: T; future: readonly T[]; key: string | null };

const LIMIT = 100;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], key: null });

/** `next` as the present: a new step, or (same `key` as the last edit) a change of the last one. */
export function record<T>(history: History<T>, next: T, key: string | null = null): History<T> {
  if (next === history.present) return history;
  if (key !== null && key === history.key) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], key };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], key: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, key: null };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;
