import { onCleanup } from 'solid-js';

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
