import { For } from 'solid-js';
import type { SearchHitFragment } from '../../generated/graphql.ts';

// The matching fragment of a message with the matched words in <mark>: text nodes only, never HTML.
export const SearchHitText = (props: { hit: SearchHitFragment }) => (
  <span class="search-hit" data-testid="search-hit">
    <For each={props.hit.highlight}>{(segment) => (segment.match ? <mark>{segment.text}</mark> : segment.text)}</For>
  </span>
);

