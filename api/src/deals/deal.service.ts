import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import type { ClientActivityType } from '../clients/client-activity.entity.ts';
import { announceClientChanged, recordClientActivity } from '../clients/client-activity.service.ts';
import { requireClient } from '../clients/client-profile.service.ts';
import { requireOperator } from '../operators/active-operators.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import type { CreateDealInput, DealStatus, UpdateDealInput } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { dealErrors } from './deal.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { applyValues, checkValues } from '../variables/variable.service.ts';
import type { DealRow } from './deal.entity.ts';
import type { FunnelStageRow } from './funnel.entity.ts';
import { startTriggered } from '../processes/process-triggers.ts';
import { requireFunnel, requireStage } from './funnel.service.ts';

export type ClientStageModel = { dealId: string; funnelId: string; stageId: string };

function budget(value: string | null | undefined) {
  if (value == null || value.trim() === '') return null;
  const text = value.trim().replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) throw dealErrors.DEAL_BUDGET_INVALID('budget');
  return text;
}

function currency(value: string | null | undefined) {
  const code = (value ?? 'RUB').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw dealErrors.DEAL_CURRENCY_INVALID('currency');
  return code;
}

export async function requireDeal(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Deal', globalId);
  const deal = id && (await selectOne<DealRow>(em, 'select * from deal where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!deal) throw dealErrors.DEAL_NOT_FOUND('dealId');
  return deal;
}

/** Writes a deal change and the client's history entry in one transaction, telling the client's watchers with them. */
async function recordDeal(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  work: (tx: EntityManager) => Promise<DealRow | null>,
  activity: (deal: DealRow) => { type: ClientActivityType; summary: string; data?: Record<string, unknown> } | null,
) {
  const result = await em.transactional(async (tx) => {
    const deal = await work(tx);
    if (!deal) return null;
    const entry = activity(deal);
    const client = { id: deal.clientId, projectId: deal.projectId };
    const activityId = entry ? await recordClientActivity(tx, client, viewer.operator?.id ?? null, { ...entry, data: { dealId: deal.id, title: deal.title, ...entry.data } }) : undefined;
    await announceClientChanged(tx, client, activityId);
    return { deal, entered: entry?.type === 'DEAL_CREATED' || entry?.type === 'DEAL_STAGE_CHANGED' };
  });
  if (!result) return null;
  // A deal entering a stage starts the business processes waiting for it (best effort, once the deal is committed).
  if (result.entered) {
    await startTriggered(app, em, result.deal.projectId, [result.deal.clientId], { type: 'DEAL_STAGE', stageId: result.deal.stageId }).catch((e: unknown) => console.error('[processes]', e));
  }
  return result.deal;
}

export async function createDeal(app: App, em: EntityManager, viewer: Viewer, input: CreateDealInput) {
  const client = await requireClient(em, viewer, input.clientId);
  if (client.deletedAt) throw dealErrors.DEAL_CLIENT_DELETED('clientId');
  const title = boundedText(input.title, 'title', dealErrors.DEAL_TITLE_LENGTH, 200);
  const funnel = await requireFunnel(em, viewer, input.funnelId);
  const stage = input.stageId
    ? await requireStage(em, viewer, input.stageId)
    : await selectOne<FunnelStageRow>(em, 'select * from funnel_stage where funnel_id = ? order by position limit 1', [funnel.id]);
  if (!stage || stage.funnelId !== funnel.id) throw dealErrors.DEAL_STAGE_NOT_IN_FUNNEL('stageId');
  const responsibleId = input.responsibleId ? (await requireOperator(em, viewer, input.responsibleId, 'responsibleId')).id : (stage.responsibleId ?? viewer.operator?.id ?? null);
  const variables = applyValues({}, await checkValues(em, viewer.project.id, 'DEAL', input.variables ?? []));
  const values = [newId(), viewer.project.id, client.id, funnel.id, stage.id, title, budget(input.budget), currency(input.currency), responsibleId, JSON.stringify(variables), new Date()];
  return (await recordDeal(
    app,
    em,
    viewer,
    (tx) =>
      selectOne<DealRow>(
        tx,
        `insert into deal (id, project_id, client_id, funnel_id, stage_id, title, budget, currency, responsible_id, status, variables, created_at, stage_changed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, now()) returning *`,
        values,
      ),
    (deal) => ({ type: 'DEAL_CREATED', summary: `Deal "${deal.title}" created in ${funnel.name}: ${stage.name}`, data: { stageId: stage.id, funnelName: funnel.name, stageName: stage.name } }),
  ))!;
}

export async function updateDeal(app: App, em: EntityManager, viewer: Viewer, input: UpdateDealInput) {
  const deal = await requireDeal(em, viewer, input.dealId);
  const title = input.title != null ? boundedText(input.title, 'title', dealErrors.DEAL_TITLE_LENGTH, 200) : deal.title;
  const amount = input.budget !== undefined ? budget(input.budget) : deal.budget;
  const code = input.currency != null ? currency(input.currency) : deal.currency;
  const responsibleId = input.responsibleId ? (await requireOperator(em, viewer, input.responsibleId, 'responsibleId')).id : deal.responsibleId;
  const variables = input.variables ? applyValues(deal.variables, await checkValues(em, viewer.project.id, 'DEAL', input.variables)) : deal.variables;
  return (await recordDeal(
    app,
    em,
    viewer,
    (tx) =>
      selectOne<DealRow>(tx, 'update deal set title = ?, budget = ?, currency = ?, responsible_id = ?, variables = ? where id = ? returning *', [
        title,
        amount,
        code,
        responsibleId,
        JSON.stringify(variables),
        deal.id,
      ]),
    () => null,
  ))!;
}

/** Moves an open deal to another stage of its funnel; the stage's responsible employee, if any, takes it over. */
export async function moveDeal(app: App, em: EntityManager, viewer: Viewer, input: { dealId: string; stageId: string }) {
  const deal = await requireDeal(em, viewer, input.dealId);
  const stage = await requireStage(em, viewer, input.stageId);
  if (stage.funnelId !== deal.funnelId) throw dealErrors.DEAL_STAGE_OTHER_FUNNEL('stageId');
  if (deal.status !== 'OPEN') throw dealErrors.DEAL_CLOSED('dealId');
  if (stage.id === deal.stageId) return deal;
  const from = (await selectOne<FunnelStageRow>(em, 'select * from funnel_stage where id = ?', [deal.stageId]))!;
  return (await recordDeal(
    app,
    em,
    viewer,
    (tx) =>
      selectOne<DealRow>(
        tx,
        `update deal set stage_id = ?, stage_changed_at = now(), responsible_id = coalesce(?, responsible_id)
          where id = ? and status = 'OPEN' and stage_id = ? returning *`,
        [stage.id, stage.responsibleId, deal.id, deal.stageId],
      ),
    (moved) => ({
      type: 'DEAL_STAGE_CHANGED',
      summary: `Deal "${moved.title}": ${from.name} → ${stage.name}`,
      data: { fromStageId: from.id, toStageId: stage.id, fromStageName: from.name, toStageName: stage.name, responsibleId: moved.responsibleId },
    }),
  )) ?? deal;
}

export async function closeDeal(app: App, em: EntityManager, viewer: Viewer, input: { dealId: string; status: DealStatus }) {
  if (input.status === 'OPEN') throw dealErrors.DEAL_CLOSE_STATUS('status');
  const deal = await requireDeal(em, viewer, input.dealId);
  return (await recordDeal(
    app,
    em,
    viewer,
    (tx) => selectOne<DealRow>(tx, `update deal set status = ?, closed_at = now() where id = ? and status = 'OPEN' returning *`, [input.status, deal.id]),
    (closed) => ({ type: input.status === 'WON' ? 'DEAL_WON' : 'DEAL_LOST', summary: `Deal "${closed.title}" ${input.status === 'WON' ? 'won' : 'lost'}` }),
  )) ?? deal;
}

export async function reopenDeal(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const deal = await requireDeal(em, viewer, globalId);
  return (await recordDeal(
    app,
    em,
    viewer,
    (tx) => selectOne<DealRow>(tx, `update deal set status = 'OPEN', closed_at = null where id = ? and status <> 'OPEN' returning *`, [deal.id]),
    (reopened) => ({ type: 'DEAL_REOPENED', summary: `Deal "${reopened.title}" reopened` }),
  )) ?? deal;
}
