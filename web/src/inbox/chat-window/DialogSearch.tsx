import { onMount, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import type { DialogSearch } from './dialog-search.ts';

const t = useMessages(chatWindowMessages);

const countText = (search: DialogSearch): string => {
  const hits = search.hits();
  if (search.searching()) return t('dialogSearch.searching');
  if (search.error()) return search.error() ?? '';
  if (!hits) return '';
  if (hits.length === 0) return t('dialogSearch.none');
  const words = { at: String(search.index() + 1), total: String(hits.length) };
  // The server answers at most 200 hits: more may exist.
  return hits.length >= 200 ? t('dialogSearch.countMore', words) : t('dialogSearch.count', words);
};

// The search strip under the header: Enter goes to the older match, Shift+Enter to the newer one, Escape closes.
export const DialogSearchBar = (props: { search: DialogSearch }) => {
  let input!: HTMLInputElement;
  onMount(() => input.focus());
  const none = () => !props.search.hits()?.length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return props.search.hide();
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) props.search.next();
    else props.search.previous();
  };

  return (
    <div class="dialog-search" role="search" aria-label={t('dialogSearch.label')}>
      <input
        ref={input}
        class="field dialog-search-input"
        type="search"
        data-testid="dialog-search-input"
        placeholder={t('dialogSearch.placeholder')}
        aria-label={t('dialogSearch.input')}
        value={props.search.text()}
        onInput={(event) => props.search.search(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span class="dialog-search-count" data-testid="dialog-search-count" role="status" classList={{ 'error-text': !!props.search.error() }}>
        {countText(props.search)}
        <Show when={props.search.reaching()}>
          <span class="spinner dialog-search-spinner" aria-label={t('dialogSearch.loadingOlder')} />
        </Show>
      </span>
      <button type="button" class="btn btn-small btn-ghost" data-testid="dialog-search-prev" title={t('dialogSearch.olderTitle')} aria-label={t('dialogSearch.older')} disabled={none()} onClick={props.search.previous}>
        <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
          <path d="m4 10 4-4 4 4" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      <button type="button" class="btn btn-small btn-ghost" data-testid="dialog-search-next" title={t('dialogSearch.newerTitle')} aria-label={t('dialogSearch.newer')} disabled={none()} onClick={props.search.next}>
        <svg width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
          <path d="m4 6 4 4 4-4" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </button>
      <button type="button" class="btn btn-small btn-ghost" data-testid="dialog-search-close" aria-label={t('dialogSearch.close')} onClick={props.search.hide}>
        ✕
      </button>
    </div>
  );
};
