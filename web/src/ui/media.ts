import { createSignal, type Accessor } from 'solid-js';

// The layout's breakpoints, as inbox.css has them: the client card leaves its pane for a drawer at 1180 px, and
// at 760 px the list, the chat and the card become separate screens.
export const NARROW_QUERY = '(max-width: 1180px)';
export const PHONE_QUERY = '(max-width: 760px)';

const media = (query: string): Accessor<boolean> => {
  const list = window.matchMedia(query);
  const [matches, setMatches] = createSignal(list.matches);
  // One listener per query for the page's life: the layout reads these from many components.
  list.addEventListener('change', (event) => setMatches(event.matches));
  return matches;
};

/** At most 1180 px wide: the client card is a drawer over the chat. */
export const isNarrow = media(NARROW_QUERY);
/** At most 760 px wide: one screen at a time (list, chat, card). */
export const isPhone = media(PHONE_QUERY);
