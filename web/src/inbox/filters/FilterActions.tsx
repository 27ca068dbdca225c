import { useMessages } from '../../i18n/messages.ts';
import { filtersMessages } from './filters.messages.ts';

// The condition builder's buttons, in the inbox's filter and the Audience's: add a condition, clear, apply.
export const FilterActions = (props: { onAdd: () => void; onClear: () => void; onApply: () => void }) => {
  const t = useMessages(filtersMessages);
  return (
    <div class="filter-actions">
      <button type="button" class="btn btn-small" data-testid="filter-add" onClick={() => props.onAdd()}>
        {t('actions.add')}
      </button>
      <span class="filter-spacer" />
      <button type="button" class="btn btn-small btn-ghost" data-testid="filter-clear" onClick={() => props.onClear()}>
        {t('actions.clear')}
      </button>
      <button type="button" class="btn btn-small btn-primary" data-testid="filter-apply" onClick={() => props.onApply()}>
        {t('actions.apply')}
      </button>
    </div>
  );
};
