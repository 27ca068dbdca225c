import { onCleanup } from 'solid-js';
import { OPEN_POPUP_SELECTOR } from '../../ui/dismiss.ts';

type Handlers = {
  // Alt+↑/↓ and Ctrl+Shift+↑/↓: the previous or next chat in the list.
  step: (delta: 1 | -1) => void;
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

// The inbox's shortcuts, active from anywhere (the composer included).
export const useInboxKeys = (handlers: Handlers) => {
  const onKeyDown = (event: KeyboardEvent) => {
    const arrow = event.key === 'ArrowUp' || event.key === 'ArrowDown';
    if (arrow && (event.altKey || (event.ctrlKey && event.shiftKey))) {
      event.preventDefault();
      handlers.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.ctrlKey && event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      handlers.openLargeCard();
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
