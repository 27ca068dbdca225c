import { For } from 'solid-js';
import type { SettingsFunnelsQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { settingsMessages } from '../settings.messages.ts';
import { funnelsMessages } from './funnels.messages.ts';
import { StageRow } from './StageRow.tsx';

export type Funnel = SettingsFunnelsQuery['funnels'][number];
export type Operator = SettingsFunnelsQuery['operators'][number];
export type FunnelActions = {
  rename: (funnelId: string, name: string) => Promise<unknown>;
  remove: (funnelId: string) => Promise<unknown>;
  addStage: (funnelId: string, name: string) => Promise<unknown>;
  renameStage: (stageId: string, name: string) => Promise<unknown>;
  setResponsible: (stageId: string, operatorId: string | null) => Promise<unknown>;
  reorder: (funnelId: string, stageIds: string[]) => Promise<unknown>;
  removeStage: (stageId: string, moveDealsToStageId: string | null) => Promise<unknown>;
};

/** One funnel: its name, its deals, delete (while it has none), its stages in order and a form to add one. */
export const FunnelCard = (props: { funnel: Funnel; operators: readonly Operator[]; busy: boolean; actions: FunnelActions }) => {
  const t = useMessages(funnelsMessages);
  const common = useMessages(settingsMessages);
  const deals = () => props.funnel.stages.reduce((sum, stage) => sum + stage.dealCount, 0);
  const move = (index: number, step: -1 | 1) => {
    const ids = props.funnel.stages.map((stage) => stage.id);
    [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
    return props.actions.reorder(props.funnel.id, ids);
  };
  const addStage = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (await props.actions.addStage(props.funnel.id, String(new FormData(form).get('name') ?? ''))) form.reset();
  };

  return (
    <div class="settings-card" data-testid="funnel-card" data-name={props.funnel.name}>
      <div class="settings-card-head">
        <input class="settings-title-input" aria-label={t('funnelName')} value={props.funnel.name} maxLength={60}
          onChange={(event) => event.currentTarget.value.trim() !== props.funnel.name && void props.actions.rename(props.funnel.id, event.currentTarget.value)} />
        <span class="settings-count" data-testid="funnel-deals">{t('deals', deals())}</span>
        <span class="settings-row-actions" title={deals() ? t('funnelHasDeals') : undefined}>
          <ConfirmButton label={common('delete')} warning={t('deleteFunnelWarning')} testId="funnel-delete-confirm" disabled={props.busy || deals() > 0}
            onConfirm={() => props.actions.remove(props.funnel.id)} />
        </span>
      </div>
      <ol class="settings-stages" aria-label={t('stages')}>
        <For each={props.funnel.stages}>
          {(stage, index) => (
            <StageRow
              stage={stage}
              position={index() + 1}
              others={props.funnel.stages.filter((other) => other.id !== stage.id)}
              operators={props.operators}
              busy={props.busy}
              first={index() === 0}
              last={index() === props.funnel.stages.length - 1}
              onMove={(step) => move(index(), step)}
              actions={props.actions}
            />
          )}
        </For>
      </ol>
      <form class="settings-inline-form" data-testid="add-stage" onSubmit={(event) => void addStage(event)}>
        <input name="name" aria-label={t('newStage')} placeholder={t('newStagePlaceholder')} maxLength={60} required />
        <button type="submit" class="btn btn-small" disabled={props.busy}>
          {t('addStage')}
        </button>
      </form>
    </div>
  );
};
