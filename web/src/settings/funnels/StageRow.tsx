import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { settingsMessages } from '../settings.messages.ts';
import type { Funnel, FunnelActions, Operator } from './FunnelCard.tsx';
import { funnelsMessages } from './funnels.messages.ts';

type Stage = Funnel['stages'][number];
type Props = {
  stage: Stage;
  position: number;
  others: readonly Stage[];
  operators: readonly Operator[];
  busy: boolean;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => unknown;
  actions: FunnelActions;
};

/**
 * A stage: its place, name, responsible employee, deals; up and down; delete, asking first (and where its deals go:
 * ConfirmButton asks in the row, which has no room for that choice).
 */
export const StageRow = (props: Props) => {
  const t = useMessages(funnelsMessages);
  const common = useMessages(settingsMessages);
  const [asking, setAsking] = createSignal(false);
  const [target, setTarget] = createSignal('');
  const ask = () => {
    setTarget(props.others[0]?.id ?? '');
    setAsking(true);
  };

  return (
    <li class="settings-stage" data-testid="stage-row" data-name={props.stage.name}>
      <span class="settings-stage-number">{props.position}</span>
      <input class="settings-title-input" aria-label={t('stageName', { position: String(props.position) })} value={props.stage.name} maxLength={60}
        onChange={(event) => event.currentTarget.value.trim() !== props.stage.name && void props.actions.renameStage(props.stage.id, event.currentTarget.value)} />
      <select class="settings-stage-responsible" aria-label={t('responsibleOf', { stage: props.stage.name })} disabled={props.busy}
        onChange={(event) => void props.actions.setResponsible(props.stage.id, event.currentTarget.value || null)}>
        <option value="" selected={!props.stage.responsible}>{t('nobody')}</option>
        <For each={props.operators}>{(operator) => <option value={operator.id} selected={props.stage.responsible?.id === operator.id}>{operator.name}</option>}</For>
      </select>
      <span class="settings-count settings-stage-deals">{t('deals', props.stage.dealCount)}</span>
      <span class="settings-stage-actions">
        <button type="button" class="btn btn-small btn-ghost" aria-label={t('moveUp', { stage: props.stage.name })} disabled={props.busy || props.first} onClick={() => props.onMove(-1)}>
          ↑
        </button>
        <button type="button" class="btn btn-small btn-ghost" aria-label={t('moveDown', { stage: props.stage.name })} disabled={props.busy || props.last} onClick={() => props.onMove(1)}>
          ↓
        </button>
        <button type="button" class="btn btn-small btn-danger-outline" disabled={props.busy || !props.others.length || asking()} onClick={ask}>
          {common('delete')}
        </button>
      </span>
      <Show when={asking()}>
        {/* On a line of its own, so that the row keeps its place while it asks. */}
        <div class="settings-stage-confirm">
          <Show when={props.stage.dealCount > 0} fallback={<span>{t('deleteStageWarning')}</span>}>
            <label class="settings-move-deals">
              <span>{t('moveDealsTo', props.stage.dealCount)}</span>
              <select data-testid="stage-move-deals-to" value={target()} onChange={(event) => setTarget(event.currentTarget.value)}>
                <For each={props.others}>{(other) => <option value={other.id}>{other.name}</option>}</For>
              </select>
            </label>
          </Show>
          <button type="button" class="btn btn-small btn-danger" data-testid="stage-delete-confirm" disabled={props.busy || (props.stage.dealCount > 0 && !target())}
            onClick={() => (setAsking(false), void props.actions.removeStage(props.stage.id, props.stage.dealCount > 0 ? target() : null))}>
            {common('delete')}
          </button>
          <button type="button" class="btn btn-small" onClick={() => setAsking(false)}>
            {common('keep')}
          </button>
        </div>
      </Show>
    </li>
  );
};
