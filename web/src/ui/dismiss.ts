import { onCleanup } from 'solid-js';

/**
 * Whatever is open above the page and closes on Escape: popovers and pickers (role dialog), menus (role menu) and
 * the composer's popups. Esc closes the innermost of them, and nothing else (see inbox-keys.ts); the large client
 * card is a dialog too, but the layer under them.
 */
export const OPEN_POPUP_SELECTOR = '[role="dialog"]:not(.client-card-modal), [role="menu"], .composer-popup';

/**
 * Closes a popover on a mouse press outside `root()` or on Escape, for as long as the calling component lives.
 * `ignore` lets a press elsewhere (e.g. the popover's own toggle button) through.
 */
export function dismissOnOutside(root: () => HTMLElement | undefined, close: () => void, ignore?: (target: Node) => boolean) {
  const onDocumentDown = (event: MouseEvent) => {
    const target = event.target as Node;
    if (!root()?.contains(target) && !ignore?.(target)) close();
  };
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
  document.addEventListener('mousedown', onDocumentDown);
  document.addEventListener('keydown', onKey);
  onCleanup(() => {
    document.removeEventListener('mousedown', onDocumentDown);
    document.removeEventListener('keydown', onKey);
  });
}
