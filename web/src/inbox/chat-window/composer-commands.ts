import { createSignal } from 'solid-js';

// Asks the open conversation's composer to do something from outside it (a shortcut of the inbox): one at a time,
// counted so that asking twice runs twice.
const [mentionRequests, setMentionRequests] = createSignal(0);

export { mentionRequests };

/** Ctrl+Shift+A: an internal note that mentions a colleague, the picker open at the caret. */
export const requestMention = () => setMentionRequests((count) => count + 1);
