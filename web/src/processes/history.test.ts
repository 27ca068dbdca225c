import { expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from './history.ts';

it('undoes and redoes steps, and a new step drops what could be redone', () => {
  let history = startHistory('a');
  history = record(history, 'b');
  history = record(history, 'c');
  history = undo(history);
  expect(history.present).toBe('b');
  expect(canRedo(history)).toBe(true);
  history = redo(history);
  expect(history.present).toBe('c');
  history = undo(undo(history));
  expect(history.present).toBe('a');
  expect(canUndo(history)).toBe(false);
  expect(undo(history)).toBe(history);
  history = record(redo(history), 'x');
  expect(history.present).toBe('x');
  expect(canRedo(history)).toBe(false);
  expect(undo(history).present).toBe('b');
});

it('merges a burst of edits with the same key into one step', () => {
  let history = startHistory('');
  history = record(history, 'H', 'text');
  history = record(history, 'Hi', 'text');
  history = record(history, 'Hi!', 'text');
  expect(undo(history).present).toBe('');
  history = record(history, 'Hi! 2', 'name');
  expect(undo(history).present).toBe('Hi!');
  // After an undo the same key starts a new step.
  const again = record(undo(history), 'Hi!?', 'name');
  expect(undo(again).present).toBe('Hi!');
});
