import { createSignal, onCleanup } from 'solid-js';

const DEBOUNCE_MS = 250;

/**
 * A search box's text and input handler: `onSearch` gets the normalized words once typing pauses, or null at once
 * when nothing searchable is left (cleared, or Escape).
 */
export const createDebouncedSearch = (normalize: (text: string) => string | null, onSearch: (search: string | null) => void) => {
  const [text, setText] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    const search = normalize(value);
    if (!search) return onSearch(null);
    timer = setTimeout(() => onSearch(search), DEBOUNCE_MS);
  };
  return { text, onInput };
};
