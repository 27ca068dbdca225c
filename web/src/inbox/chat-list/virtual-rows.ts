import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';

// Every chat row is exactly this tall (see .chat-row in inbox.css): a row's place is its index times it.
export const ROW_HEIGHT = 62;
// The list's own padding above the first row and below the last.
export const LIST_PADDING = 4;
// Rows rendered beyond each edge of the viewport, so a fast scroll does not show blank space.
const OVERSCAN = 8;

/**
 * Renders only the rows in (and near) the scroller's viewport; the rows above and below are stood in for by
 * padding of the same height. Keeps 10,000 loaded conversations as cheap as a screenful. Other lists (the
 * Audience's table) pass their own fixed row height and padding.
 */
export const createVirtualRows = <T>(items: Accessor<readonly T[]>, rowHeight = ROW_HEIGHT, padding = LIST_PADDING) => {
  const [scrollTop, setScrollTop] = createSignal(0);
  const [viewport, setViewport] = createSignal(window.innerHeight);
  let scroller: HTMLElement | undefined;

  const range = createMemo(() => {
    const count = items().length;
    const start = Math.min(count, Math.max(0, Math.floor(scrollTop() / rowHeight) - OVERSCAN));
    const end = Math.min(count, Math.ceil((scrollTop() + viewport()) / rowHeight) + OVERSCAN);
    return { start, end: Math.max(start, end), count };
  });

  const measure = () => {
    if (!scroller) return;
    setScrollTop(scroller.scrollTop);
    setViewport(scroller.clientHeight);
  };
  const resizes = new ResizeObserver(measure);
  onCleanup(() => resizes.disconnect());

  return {
    visible: createMemo(() => items().slice(range().start, range().end)),
    padTop: () => padding + range().start * rowHeight,
    padBottom: () => padding + (range().count - range().end) * rowHeight,
    attach: (element: HTMLElement) => {
      scroller = element;
      resizes.observe(element);
    },
    measure,
    // Scrolls just enough for the row at `index` to be seen (keyboard walking may leave the rendered range).
    reveal: (index: number) => {
      if (!scroller || index < 0) return;
      const top = padding + index * rowHeight;
      const bottom = top + rowHeight + padding;
      if (top < scroller.scrollTop) scroller.scrollTop = top - padding;
      else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    },
  };
};
