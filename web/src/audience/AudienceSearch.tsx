import { useMessages } from '../i18n/messages.ts';
import { createDebouncedSearch } from '../shared/debounced-search.ts';
import { audienceMessages } from './audience.messages.ts';

// Name, phone, e-mail or tag names (parts of words): asks the server once typing pauses.
export const AudienceSearch = (props: { onSearch: (search: string | null) => void }) => {
  const t = useMessages(audienceMessages);
  const { text, onInput } = createDebouncedSearch((value) => value.trim() || null, (search) => props.onSearch(search));
  return (
    <input
      class="field search-field audience-search"
      type="search"
      data-testid="audience-search"
      placeholder={t('search.placeholder')}
      aria-label={t('search.label')}
      value={text()}
      onInput={(event) => onInput(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Escape' && onInput('')}
    />
  );
};
