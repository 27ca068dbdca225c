import { onCleanup } from 'solid-js';
import { OPEN_POPUP_SELECTOR } from '../../ui/dismiss.ts';

/**
 * The inbox's keyboard shortcuts, the one list: the header's help shows it, README lists it. `global` ones are
 * handled here from anywhere (the composer included); the others belong to the composer, which handles them.
 */
export const SHORTCUTS = [
  { id: 'send', keys: ['Ctrl+Enter'], global: false },
  { id: 'markRead', keys: ['Shift+Enter'], global: false },
  { id: 'quickReplies', keys: ['/'], global: false },
  { id: 'mention', keys: ['Ctrl+Shift+A'], global: true },
  { id: 'step', keys: ['Ctrl+Shift+↑', 'Ctrl+Shift+↓', 'Alt+↑', 'Alt+↓'], global: true },
  { id: 'largeCard', keys: ['Ctrl+Shift+S'], global: true },
  { id: 'escape', keys: ['Esc'], global: true },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

type Handlers = {
  // Alt+↑/↓ and Ctrl+Shift+↑/↓: the previous or next chat in the list.
  step: (delta: 1 | -1) => void;
  // Ctrl+Shift+A: "mark a user in the chat" (the seeds' hotkey) — an internal note mentioning a colleague.
  mention: () => void;
  // Ctrl+Shift+S: the large client card.
  openLargeCard: () => void;
  // Esc, when nothing nearer takes it: the large card closes first, then the card pane.
  escape: () => void;
};

// An Esc that belongs to something nearer: an open popover, menu or picker (which closes itself), or a field with
// its own Esc (search boxes, a note being edited). The composer itself is not one: Esc there closes the card.
const escapeTakenNearer = (event: KeyboardEvent): boolean => {
  if (document.querySelector(OPEN_POPUP_SELECTOR)) return true;
  const target = event.target;
  const field = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  return field && !(target instanceof HTMLTextAreaElement && target.dataset['testid'] === 'composer');
};

export const useInboxKeys = (handlers: Handlers) => {
  const onKeyDown = (event: KeyboardEvent) => {
    const arrow = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    if (arrow && (event.altKey || (event.ctrlKey && event.shiftKey))) {
      event.preventDefault();
      handlers.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.ctrlKey && event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      handlers.openLargeCard();
    } else if (event.ctrlKey && event.shiftKey && event.code === 'KeyA') {
      event.preventDefault();
      handlers.mention();
    }
  };
  // Capture phase: decided before the popovers' own Esc handlers close them (and so vanish from the DOM).
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !escapeTakenNearer(event)) handlers.escape();
  };
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keydown', onEscape, true);
  onCleanup(() => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keydown', onEscape, true);
  });
};
