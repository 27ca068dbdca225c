import { createQuery } from '@urql/solid';
import { createMemo, createSignal, type Accessor } from 'solid-js';
import { OperatorsQuery } from '../conversation-actions/operators.query.ts';

export type Mentioned = { id: string; name: string };

// An "@" at a word start, and the letters typed after it up to the caret.
const MENTION_AT_CARET = /(?:^|\s)@([^\s@]{0,30})$/;

/**
 * The @mention picker of the note composer: opens when the caret follows "@word", offers the project's other
 * operators whose name starts a word with it, and remembers who was picked. A mention counts while its
 * "@Name" is still in the text.
 */
export const createMentionPicker = (viewerId: Accessor<string | undefined>) => {
  const [operators] = createQuery({ query: OperatorsQuery });
  const [query, setQuery] = createSignal<string | null>(null);
  const [active, setActive] = createSignal(0);
  const [picked, setPicked] = createSignal<Mentioned[]>([]);

  const options = createMemo(() => {
    const words = query()?.toLowerCase();
    if (words === undefined) return [];
    return (operators.data?.operators ?? [])
      .filter((operator) => operator.id !== viewerId())
      .filter((operator) => operator.name.toLowerCase().split(/\s+/).some((part) => part.startsWith(words)))
      .slice(0, 8);
  });

  return {
    open: () => query() !== null && options().length > 0,
    options,
    active,
    // Re-reads the text before the caret after every input or caret move.
    update: (textarea: HTMLTextAreaElement) => {
      const match = MENTION_AT_CARET.exec(textarea.value.slice(0, textarea.selectionStart));
      setQuery(match ? (match[1] ?? '') : null);
      setActive(0);
    },
    close: () => setQuery(null),
    move: (step: 1 | -1) => setActive((index) => (index + step + options().length) % Math.max(1, options().length)),
    // Writes "@Name " over the "@word" before the caret; answers the new text.
    choose: (textarea: HTMLTextAreaElement, operator: Mentioned): string => {
      const caret = textarea.selectionStart;
      const before = textarea.value.slice(0, caret).replace(/@[^\s@]*$/, `@${operator.name} `);
      const text = before + textarea.value.slice(caret);
      setPicked((list) => (list.some((m) => m.id === operator.id) ? list : [...list, { id: operator.id, name: operator.name }]));
      setQuery(null);
      queueMicrotask(() => textarea.setSelectionRange(before.length, before.length));
      return text;
    },
    mentionIds: (text: string) => picked().filter((m) => text.includes(`@${m.name}`)).map((m) => m.id),
    reset: () => {
      setPicked([]);
      setQuery(null);
    },
  };
};

export type MentionPicker = ReturnType<typeof createMentionPicker>;
