import { For } from 'solid-js';

type Part = { text: string; mention: boolean };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Splits a note's text so each "@Name" of a mentioned operator can be marked.
export const mentionParts = (text: string, names: readonly string[]): Part[] => {
  if (names.length === 0) return [{ text, mention: false }];
  const pattern = new RegExp(`(@(?:${names.map(escape).join('|')}))`, 'g');
  // split() with a capturing group puts the captured mentions at the odd indexes.
  return text
    .split(pattern)
    .map((piece, index) => ({ text: piece, mention: index % 2 === 1 }))
    .filter((part) => part.text);
};

export const MentionText = (props: { text: string; names: readonly string[] }) => (
  <For each={mentionParts(props.text, props.names)}>
    {(part) => (part.mention ? <span class="mention">{part.text}</span> : part.text)}
  </For>
);
