import { createSignal, onCleanup } from 'solid-js';

const DEBOUNCE_MS = 250;

// Name, phone, e-mail or tag names (parts of words): asks the server once typing pauses.
export const AudienceSearch = (props: { onSearch: (search: string | null) => void }) => {
  const [text, setText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    const search = value.trim() || null;
    if (!search) return props.onSearch(null);
    timer = setTimeout(() => props.onSearch(search), DEBOUNCE_MS);
  };
  return (
    <input
      class="field search-field audience-search"
      type="search"
      data-testid="audience-search"
      placeholder="Search by name, phone, e-mail or tag"
      aria-label="Search clients"
      value={text()}
      onInput={(event) => onInput(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Escape' && onInput('')}
    />
  );
};
