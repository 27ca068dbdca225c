import { createSignal, onCleanup, Show } from 'solid-js';
import { searchableText } from '../search-words.ts';

const DEBOUNCE_MS = 250;

type Props = {
  // Words with a letter or a digit, or null to go back to the usual list.
  onSearch: (search: string | null) => void;
  busy: boolean;
};

// The chat list's search box: asks the server once typing pauses; clearing it (or Escape) returns at once.
export const SearchBox = (props: Props) => {
  const [text, setText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    const search = searchableText(value);
    if (!search) return props.onSearch(null);
    timer = setTimeout(() => props.onSearch(search), DEBOUNCE_MS);
  };

  return (
    <div class="search-box">
      <input
        class="field search-field"
        type="search"
        data-testid="search-input"
        placeholder="Search by name, phone or message"
        aria-label="Search conversations"
        value={text()}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && onInput('')}
      />
      <Show when={props.busy && searchableText(text())}>
        <span class="spinner search-box-spinner" aria-label="Searching" />
      </Show>
    </div>
  );
};
