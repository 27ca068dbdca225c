import { Show } from 'solid-js';
import type { FilterOptionsQuery } from '../generated/graphql.ts';
import { ConditionBuilder, createConditionDraft } from '../inbox/filters/ConditionBuilder.tsx';
import { FilterActions } from '../inbox/filters/FilterActions.tsx';
import type { AudienceList } from './audience-list.ts';
import { Popover } from './Popover.tsx';

// The inbox's condition builder over the Audience (conversation conditions match clients with such a conversation).
export const AudienceFilter = (props: { list: AudienceList; options: FilterOptionsQuery | undefined }) => {
  const draft = createConditionDraft();
  const active = () => props.list.view().filter;
  const clear = () => {
    draft.clear();
    props.list.setFilter(null);
  };
  return (
    <div class="audience-filter">
      <Popover
        label="Filter clients"
        button={<>Filter{active() ? ` · ${active()?.conditions.length}` : ''}</>}
        buttonTestId="filter-toggle"
        buttonClass={`btn btn-small${active() ? ' is-filtered' : ''}`}
        panelTestId="filter-popover"
        panelClass="audience-filter-popover"
      >
        {(close) => (
          <>
            <ConditionBuilder draft={draft} options={props.options} />
            <FilterActions
              onAdd={draft.add}
              onClear={clear}
              onApply={() => {
                props.list.setFilter(draft.built());
                close();
              }}
            />
          </>
        )}
      </Popover>
      <Show when={active()}>
        {(filter) => (
          <span class="filter-chip" data-testid="filter-chip">
            {filter().conditions.length} {filter().conditions.length === 1 ? 'condition' : 'conditions'} · {filter().match === 'ALL' ? 'all' : 'any'}
            <button type="button" class="filter-chip-clear" aria-label="Clear the filter" onClick={clear}>
              ✕
            </button>
          </span>
        )}
      </Show>
    </div>
  );
};
