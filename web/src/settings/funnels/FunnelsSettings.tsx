import { For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { createSettingsQuery } from '../settings-query.ts';
import { AddFunnelStageMutation } from './add-funnel-stage.mutation.ts';
import { CreateFunnelMutation } from './create-funnel.mutation.ts';
import { DeleteFunnelStageMutation } from './delete-funnel-stage.mutation.ts';
import { DeleteFunnelMutation } from './delete-funnel.mutation.ts';
import { FunnelCard, type FunnelActions } from './FunnelCard.tsx';
import { funnelsMessages } from './funnels.messages.ts';
import { RenameFunnelMutation } from './rename-funnel.mutation.ts';
import { ReorderFunnelStagesMutation } from './reorder-funnel-stages.mutation.ts';
import { SettingsFunnelsQuery } from './settings-funnels.query.ts';
import { UpdateFunnelStageMutation } from './update-funnel-stage.mutation.ts';

// Managers set up the sales funnels: create, rename and delete them; add, rename, reorder and delete stages, and
// choose who takes the deals arriving at a stage.
export const FunnelsSettings = () => {
  const t = useMessages(funnelsMessages);
  const funnels = createSettingsQuery(SettingsFunnelsQuery, {});

  const actions: FunnelActions = {
    rename: (funnelId, name) => funnels.run(RenameFunnelMutation, { input: { funnelId, name } }, (data) => data.renameFunnel),
    remove: (funnelId) => funnels.run(DeleteFunnelMutation, { input: { funnelId } }, (data) => data.deleteFunnel),
    addStage: (funnelId, name) => funnels.run(AddFunnelStageMutation, { input: { funnelId, name } }, (data) => data.addFunnelStage),
    renameStage: (stageId, name) => funnels.run(UpdateFunnelStageMutation, { input: { stageId, name } }, (data) => data.updateFunnelStage),
    setResponsible: (stageId, operatorId) =>
      funnels.run(UpdateFunnelStageMutation, { input: operatorId ? { stageId, responsibleId: operatorId } : { stageId, clearResponsible: true } }, (data) => data.updateFunnelStage),
    reorder: (funnelId, stageIds) => funnels.run(ReorderFunnelStagesMutation, { input: { funnelId, stageIds } }, (data) => data.reorderFunnelStages),
    removeStage: (stageId, moveDealsToStageId) =>
      funnels.run(DeleteFunnelStageMutation, { input: { stageId, moveDealsToStageId } }, (data) => data.deleteFunnelStage),
  };
  const create = (name: string) =>
    funnels.run(CreateFunnelMutation, { input: { name, stages: [t('defaultStages.first'), t('defaultStages.second'), t('defaultStages.third')] } }, (data) => data.createFunnel);

  return (
    <div class="settings-section" data-testid="settings-funnels">
      <h2>{t('title')}</h2>
      <p class="settings-hint">{t('lead')}</p>
      <ErrorNote message={funnels.error()} />
      <Show when={funnels.data()} fallback={<span class="spinner" />}>
        {(data) => (
          <For each={data().funnels} fallback={<p class="settings-hint settings-empty">{t('empty')}</p>}>
            {(funnel) => <FunnelCard funnel={funnel} operators={data().operators} busy={funnels.busy()} actions={actions} />}
          </For>
        )}
      </Show>
      <NameForm label={t('newFunnel')} placeholder={t('newFunnelPlaceholder')} submit={t('create')} busy={funnels.busy()} testId="add-funnel" onCreate={create} />
    </div>
  );
};
