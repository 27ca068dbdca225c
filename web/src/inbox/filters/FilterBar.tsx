import { createQuery } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';
import type { ConversationList } from '../chat-list/conversation-list.ts';
import { ConditionBuilder, createConditionDraft } from './ConditionBuilder.tsx';
import { FilterActions } from './FilterActions.tsx';
import { FilterOptionsQuery, filterOptionsContext } from './filter-options.query.ts';
import { cleanCondition } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';
import { createSavedFilters } from './saved-filters.ts';
import { SavedFilterMenu } from './SavedFilterMenu.tsx';

const Popover = (props: { onClose: () => void; children: unknown }) => {
  const t = useMessages(filtersMessages);
  let root!: HTMLDivElement;
  dismissOnOutside(() => root, props.onClose, (target) => target instanceof Element && !!target.closest('[data-testid="filter-toggle"]'));
  return (
    <div class="filter-popover" ref={root} role="dialog" aria-label={t('popover')} data-testid="filter-popover">
      {props.children as never}
    </div>
  );
};

// The chat list's "Filter" button: a condition builder on top of the section, and the saved filters.
export const FilterBar = (props: { list: ConversationList }) => {
  const t = useMessages(filtersMessages);
  const [open, setOpen] = createSignal(false);
  const draft = createConditionDraft();
  const [savedId, setSavedId] = createSignal<string | null>(null);
  const [options] = createQuery({ query: FilterOptionsQuery, context: filterOptionsContext });
  const saved = createSavedFilters();
  const active = () => props.list.view().filter;

  const apply = () => props.list.setFilter(draft.built());
  const clear = () => {
    draft.clear();
    setSavedId(null);
    props.list.setFilter(null);
  };

  const choose = (id: string | null) => {
    setSavedId(id);
    const chosen = id ? saved.byId(id) : undefined;
    if (!chosen) return;
    const conditions = chosen.filter.conditions.map(cleanCondition);
    draft.load({ conditions, match: chosen.filter.match });
    props.list.setFilter({ conditions, match: chosen.filter.match }, chosen.filter.section);
  };

  const save = async (values: { id?: string | undefined; name: string; shared: boolean }) => {
    const result = await saved.save(values, props.list.view().section, draft.built());
    if (result) setSavedId(result.id);
  };

  return (
    <div class="filter-bar">
      <button
        type="button"
        class="btn btn-small btn-ghost filter-toggle"
        classList={{ 'is-active': !!active() }}
        data-testid="filter-toggle"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        {t('toggle')}
      </button>
      <Show when={active()}>
        {(filter) => (
          <span class="filter-chip" data-testid="filter-chip">
            {t('chip.conditions', filter().conditions.length)}
            <button type="button" class="filter-chip-clear" aria-label={t('chip.clear')} onClick={clear}>
              ✕
            </button>
          </span>
        )}
      </Show>
      <Show when={open()}>
        <Popover onClose={() => setOpen(false)}>
          <ConditionBuilder draft={draft} options={options.data} />
          <FilterActions onAdd={draft.add} onClear={clear} onApply={apply} />
          <SavedFilterMenu saved={saved} selectedId={savedId()} onChoose={choose} onSave={save} />
        </Popover>
      </Show>
    </div>
  );
};
