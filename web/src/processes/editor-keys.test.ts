import { expect, it } from 'vitest';
import { commandOf } from './editor-keys.ts';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}, target: EventTarget | null = null) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target,
  ...mods,
});

it('reads Delete/Backspace, copy, paste, undo and both redos, with Ctrl or Cmd', () => {
  expect(commandOf(press('Delete'))).toBe('delete');
  expect(commandOf(press('Backspace'))).toBe('delete');
  expect(commandOf(press('c', { ctrlKey: true }))).toBe('copy');
  expect(commandOf(press('v', { metaKey: true }))).toBe('paste');
  expect(commandOf(press('z', { ctrlKey: true }))).toBe('undo');
  expect(commandOf(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
  expect(commandOf(press('y', { ctrlKey: true }))).toBe('redo');
  expect(commandOf(press('c'))).toBeNull();
  expect(commandOf(press('x', { ctrlKey: true }))).toBeNull();
});
