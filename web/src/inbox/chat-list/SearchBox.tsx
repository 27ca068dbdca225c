import { Show } from 'solid-js';
import { createDebouncedSearch } from '../../shared/debounced-search.ts';
import { useMessages } from '../../i18n/messages.ts';
import { searchableText } from '../search-words.ts';
import { chatListMessages } from './chat-list.messages.ts';

type Props = {
  // Words with a letter or a digit, or null to go back to the usual list.
  onSearch: (search: string | null) => void;
  busy: boolean;
};

// The chat list's search box: asks the server once typing pauses; clearing it (or Escape) returns at once.
export const SearchBox = (props: Props) => {
  const t = useMessages(chatListMessages);
  const { text, onInput } = createDebouncedSearch(searchableText, (search) => props.onSearch(search));

  return (
    <div class="search-box">
      <input
        class="field search-field"
        type="search"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        value={text()}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && onInput('')}
      />
      <Show when={props.busy && searchableText(text())}>
        <span class="spinner search-box-spinner" aria-label={t('search.searching')} />
      </Show>
    </div>
  );
};
