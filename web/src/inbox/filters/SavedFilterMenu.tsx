import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { filtersMessages } from './filters.messages.ts';
import type { SavedFilters } from './saved-filters.ts';

type Mode = 'save' | 'rename' | 'duplicate';

type Props = {
  saved: SavedFilters;
  selectedId: string | null;
  onChoose: (id: string | null) => void;
  // Saves the current section and conditions: a new filter, or the chosen one under a new name.
  onSave: (values: { id?: string | undefined; name: string; shared: boolean }) => Promise<void>;
};

// The saved filters: choose one to apply it; save the current one as new, rename, duplicate or delete one.
export const SavedFilterMenu = (props: Props) => {
  const t = useMessages(filtersMessages);
  const common = useMessages(commonMessages);
  const [mode, setMode] = createSignal<Mode | null>(null);
  const [name, setName] = createSignal('');
  const [shared, setShared] = createSignal(false);
  const selected = () => (props.selectedId ? props.saved.byId(props.selectedId) : undefined);

  const start = (next: Mode) => {
    setMode(next);
    setName(next === 'save' ? '' : next === 'duplicate' ? t('saved.copyOf', selected()?.name ?? '') : (selected()?.name ?? ''));
    setShared(next === 'rename' ? !!selected()?.shared : false);
  };

  const submit = async () => {
    const current = selected();
    const value = name().trim();
    if (!value) return;
    if (mode() === 'duplicate' && current) {
      const copy = await props.saved.duplicate(current.id, value);
      if (copy) props.onChoose(copy.id);
    } else await props.onSave({ id: mode() === 'rename' ? current?.id : undefined, name: value, shared: shared() });
    if (!props.saved.error()) setMode(null);
  };

  return (
    <div class="saved-filters">
      <div class="saved-filters-row">
        <select
          class="field"
          data-testid="saved-filters"
          aria-label={t('saved.label')}
          value={props.selectedId ?? ''}
          onChange={(event) => props.onChoose(event.currentTarget.value || null)}
        >
          <option value="">{t('saved.choose')}</option>
          <For each={props.saved.list()}>
            {(saved) => (
              <option value={saved.id} data-testid="saved-filter-option" data-shared={saved.shared}>
                {saved.name}
                {saved.shared ? t('saved.sharedBy', saved.owner.name) : ''}
              </option>
            )}
          </For>
        </select>
        <button type="button" class="btn btn-small" data-testid="save-filter" onClick={() => start('save')}>
          {t('saved.saveAs')}
        </button>
      </div>
      <Show when={selected()}>
        <div class="saved-filters-row">
          <Show when={selected()?.viewerCanEdit}>
            <button type="button" class="link-button" data-testid="saved-filter-rename" onClick={() => start('rename')}>
              {t('saved.rename')}
            </button>
          </Show>
          <button type="button" class="link-button" data-testid="saved-filter-duplicate" onClick={() => start('duplicate')}>
            {t('saved.duplicate')}
          </button>
          <Show when={selected()?.viewerCanEdit}>
            <button
              type="button"
              class="link-button is-danger"
              data-testid="saved-filter-delete"
              onClick={() => confirm(t('saved.confirmDelete', selected()?.name ?? '')) && void props.saved.remove(props.selectedId!).then((ok) => ok && props.onChoose(null))}
            >
              {common('delete')}
            </button>
          </Show>
        </div>
      </Show>
      <Show when={mode()}>
        {(current) => (
          <form
            class="saved-filters-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <input class="field" data-testid="save-filter-name" placeholder={t('saved.name')} value={name()} onInput={(event) => setName(event.currentTarget.value)} />
            <Show when={current() !== 'duplicate'}>
              <label class="filter-check">
                <input type="checkbox" data-testid="save-filter-shared" checked={shared()} onChange={(event) => setShared(event.currentTarget.checked)} />
                {t('saved.shared')}
              </label>
            </Show>
            <div class="saved-filters-row">
              <button type="submit" class="btn btn-small btn-primary" data-testid="save-filter-submit" disabled={props.saved.busy() || !name().trim()}>
                {t(`saved.submit.${current()}`)}
              </button>
              <button type="button" class="btn btn-small btn-ghost" onClick={() => setMode(null)}>
                {common('cancel')}
              </button>
            </div>
          </form>
        )}
      </Show>
      <Show when={props.saved.error()}>
        {(message) => (
          <div class="error-text" role="alert" data-testid="saved-filter-error">
            {message()}
          </div>
        )}
      </Show>
    </div>
  );
};
