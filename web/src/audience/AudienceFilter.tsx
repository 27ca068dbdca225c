import { Show } from 'solid-js';
import type { FilterOptionsQuery } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { ConditionBuilder, createConditionDraft } from '../inbox/filters/ConditionBuilder.tsx';
import { FilterActions } from '../inbox/filters/FilterActions.tsx';
import { filtersMessages } from '../inbox/filters/filters.messages.ts';
import { audienceMessages } from './audience.messages.ts';
import type { AudienceList } from './audience-list.ts';
import { Popover } from './Popover.tsx';

// The inbox's condition builder over the Audience (conversation conditions match clients with such a conversation).
export const AudienceFilter = (props: { list: AudienceList; options: FilterOptionsQuery | undefined }) => {
  const t = useMessages(audienceMessages);
  const tf = useMessages(filtersMessages);
  const draft = createConditionDraft();
  const active = () => props.list.view().filter;
  const clear = () => {
    draft.clear();
    props.list.setFilter(null);
  };
  return (
    <div class="audience-filter">
      <Popover
        label={t('filter')}
        button={
          <>
            {tf('toggle')}
            {active() ? ` · ${active()?.conditions.length}` : ''}
          </>
        }
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
            {tf('chip.conditions', filter().conditions.length)} · {tf(`chip.${filter().match}`)}
            <button type="button" class="filter-chip-clear" aria-label={tf('chip.clear')} onClick={clear}>
              ✕
            </button>
          </span>
        )}
      </Show>
    </div>
  );
};
