// The condition builder's buttons, in the inbox's filter and the Audience's: add a condition, clear, apply.
export const FilterActions = (props: { onAdd: () => void; onClear: () => void; onApply: () => void }) => (
  <div class="filter-actions">
    <button type="button" class="btn btn-small" data-testid="filter-add" onClick={() => props.onAdd()}>
      + Condition
    </button>
    <span class="filter-spacer" />
    <button type="button" class="btn btn-small btn-ghost" data-testid="filter-clear" onClick={() => props.onClear()}>
      Clear
    </button>
    <button type="button" class="btn btn-small btn-primary" data-testid="filter-apply" onClick={() => props.onApply()}>
      Apply
    </button>
  </div>
);
