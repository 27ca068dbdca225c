import { createSignal, For } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ConditionMatch, FilterOptionsQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConditionRow } from './ConditionRow.tsx';
import { newCondition, toDraft, toInput, type AppliedFilter, type DraftCondition } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';

/** The conditions being edited and how they combine; `built()` is what the API takes (unfinished ones left out). */
export const createConditionDraft = () => {
  const [drafts, setDrafts] = createStore<DraftCondition[]>([]);
  const [match, setMatch] = createSignal<ConditionMatch>('ALL');
  return {
    drafts,
    match,
    setMatch,
    built: (): AppliedFilter => ({ conditions: drafts.map(toInput).filter((c) => c !== null), match: match() }),
    add: () => setDrafts(drafts.length, newCondition()),
    update: (index: number, patch: Partial<DraftCondition>) => setDrafts(index, patch),
    remove: (index: number) => setDrafts((list) => list.filter((_, i) => i !== index)),
    load: (filter: AppliedFilter) => {
      setDrafts(filter.conditions.map(toDraft));
      setMatch(filter.match);
    },
    clear: () => setDrafts([]),
  };
};

export type ConditionDraft = ReturnType<typeof createConditionDraft>;

// The condition builder shared by the inbox's filter and the Audience: match all/any, then one row per condition.
export const ConditionBuilder = (props: { draft: ConditionDraft; options: FilterOptionsQuery | undefined }) => {
  const t = useMessages(filtersMessages);
  return (
    <>
      <div class="filter-match" role="group" aria-label={t('match.label')}>
        <span>{t('match.label')}</span>
        <select class="field" data-testid="filter-match" value={props.draft.match()} onChange={(event) => props.draft.setMatch(event.currentTarget.value as ConditionMatch)}>
          <option value="ALL">{t('match.ALL')}</option>
          <option value="ANY">{t('match.ANY')}</option>
        </select>
      </div>
      <For each={props.draft.drafts}>
        {(condition, index) => (
          <ConditionRow
            condition={condition}
            options={props.options}
            onChange={(patch) => props.draft.update(index(), patch)}
            onRemove={() => props.draft.remove(index())}
          />
        )}
      </For>
    </>
  );
};
