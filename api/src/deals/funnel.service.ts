import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { announceClientChanges, recordClientActivity } from '../clients/client-activity.service.ts';
import { requireOperator } from '../operators/active-operators.ts';
import { newId } from '../db/ids.ts';
import { isForeignKeyViolation, select, selectOne } from '../db/rows.ts';
import type { UpdateFunnelStageInput } from '../generated/graphql.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { DealRow } from './deal.entity.ts';
import { dealErrors } from './deal.errors.ts';
import type { FunnelRow, FunnelStageRow } from './funnel.entity.ts';
import { listCap, requireRoom } from '../limits/list-caps.ts';

export const listFunnels = (em: EntityManager, viewer: Viewer) =>
  select<FunnelRow>(em, 'select * from funnel where project_id = ? order by position, created_at', [viewer.project.id]);

export async function requireFunnel(em: EntityManager, viewer: Viewer, globalId: string, field = 'funnelId') {
  const id = idOf('Funnel', globalId);
  const funnel = id && (await selectOne<FunnelRow>(em, 'select * from funnel where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!funnel) throw dealErrors.FUNNEL_NOT_FOUND(field);
  return funnel;
}

export async function requireStage(em: EntityManager, viewer: Viewer, globalId: string, field = 'stageId') {
  const id = idOf('FunnelStage', globalId);
  const stage = id && (await selectOne<FunnelStageRow>(em, 'select * from funnel_stage where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!stage) throw dealErrors.FUNNEL_STAGE_NOT_FOUND(field);
  return stage;
}

const stageName = (name: string, field: string) => boundedText(name, field, dealErrors.FUNNEL_STAGE_NAME_LENGTH, 60);

export async function createFunnel(em: EntityManager, viewer: Viewer, input: { name: string; stages: readonly string[] }) {
  const name = boundedText(input.name, 'name', dealErrors.FUNNEL_NAME_LENGTH, 60);
  if (!input.stages.length || input.stages.length > listCap('Funnel.stages')) throw dealErrors.FUNNEL_STAGE_COUNT('stages', { limit: listCap('Funnel.stages') });
  const stages = input.stages.map((stage, index) => stageName(stage, `stages.${index}`));
  await requireRoom(em, 'Query.funnels', ['select count(*)::int as n from funnel where project_id = ?', [viewer.project.id]], dealErrors.FUNNEL_LIMIT, 'name');
  return em.transactional(async (tx) => {
    const position = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from funnel where project_id = ?', [viewer.project.id]))!.n;
    const funnel = (await selectOne<FunnelRow>(tx, 'insert into funnel (id, project_id, name, position, created_at) values (?, ?, ?, ?, ?) returning *', [
      newId(),
      viewer.project.id,
      name,
      position,
      new Date(),
    ]))!;
    for (const [index, stage] of stages.entries()) {
      await tx.execute('insert into funnel_stage (id, project_id, funnel_id, name, position, created_at) values (?, ?, ?, ?, ?, ?)', [
        newId(),
        viewer.project.id,
        funnel.id,
        stage,
        index,
        new Date(),
      ]);
    }
    return funnel;
  });
}

export async function renameFunnel(em: EntityManager, viewer: Viewer, globalId: string, name: string) {
  const funnel = await requireFunnel(em, viewer, globalId);
  return (await selectOne<FunnelRow>(em, 'update funnel set name = ? where id = ? returning *', [boundedText(name, 'name', dealErrors.FUNNEL_NAME_LENGTH, 60), funnel.id]))!;
}

export async function addStage(em: EntityManager, viewer: Viewer, input: { funnelId: string; name: string }) {
  const funnel = await requireFunnel(em, viewer, input.funnelId);
  const name = stageName(input.name, 'name');
  await em.transactional(async (tx) => {
    await tx.execute('select id from funnel where id = ? for update', [funnel.id]);
    const count = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from funnel_stage where funnel_id = ?', [funnel.id]))!.n;
    if (count >= listCap('Funnel.stages')) throw dealErrors.FUNNEL_STAGE_LIMIT('funnelId', { limit: listCap('Funnel.stages') });
    await tx.execute('insert into funnel_stage (id, project_id, funnel_id, name, position, created_at) values (?, ?, ?, ?, ?, ?)', [
      newId(),
      viewer.project.id,
      funnel.id,
      name,
      count,
      new Date(),
    ]);
  });
  return funnel;
}

export async function updateStage(em: EntityManager, viewer: Viewer, input: UpdateFunnelStageInput) {
  const stage = await requireStage(em, viewer, input.stageId);
  const name = input.name != null ? stageName(input.name, 'name') : stage.name;
  const responsibleId = input.clearResponsible
    ? null
    : input.responsibleId
      ? (await requireOperator(em, viewer, input.responsibleId, 'responsibleId')).id
      : stage.responsibleId;
  await em.execute('update funnel_stage set name = ?, responsible_id = ? where id = ?', [name, responsibleId, stage.id]);
  return (await selectOne<FunnelRow>(em, 'select * from funnel where id = ?', [stage.funnelId]))!;
}

/** The new order must list every stage of the funnel exactly once. */
export async function reorderStages(em: EntityManager, viewer: Viewer, input: { funnelId: string; stageIds: readonly string[] }) {
  const funnel = await requireFunnel(em, viewer, input.funnelId);
  const stages = await select<FunnelStageRow>(em, 'select * from funnel_stage where funnel_id = ?', [funnel.id]);
  const order = input.stageIds.map((id) => idOf('FunnelStage', id));
  const same = order.length === stages.length && new Set(order).size === order.length && order.every((id) => stages.some((stage) => stage.id === id));
  if (!same) throw dealErrors.FUNNEL_STAGE_ORDER('stageIds');
  await em.transactional(async (tx) => {
    for (const [position, id] of order.entries()) await tx.execute('update funnel_stage set position = ? where id = ?', [position, id]);
  });
  return funnel;
}

// A deal created in, or moved to, what is being deleted at that very moment breaks the foreign key: refused, as
// the deals found before would have been.
const stillUsed = (error: unknown, refusal: () => Error) => (isForeignKeyViolation(error) ? refusal() : error);

/** Deletes a funnel with its stages, only while it holds no deal (deals cannot leave their funnel). */
export async function deleteFunnel(em: EntityManager, viewer: Viewer, globalId: string) {
  const funnel = await requireFunnel(em, viewer, globalId);
  try {
    await em.transactional(async (tx) => {
      await tx.execute('select id from funnel where id = ? for update', [funnel.id]);
      const deals = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from deal where funnel_id = ?', [funnel.id]))!.n;
      if (deals) throw dealErrors.FUNNEL_HAS_DEALS('funnelId', { count: deals });
      await tx.execute('delete from funnel where id = ?', [funnel.id]);
    });
  } catch (error) {
    throw stillUsed(error, () => dealErrors.FUNNEL_HAS_DEALS('funnelId', { count: 1 }));
  }
  return globalId;
}

/**
 * Deletes a stage (a funnel keeps at least one); the later stages move up. Its deals, open and closed, go to
 * `moveDealsToStageId`, each move written to its client's history as moveDeal writes it.
 */
export async function deleteStage(app: App, em: EntityManager, viewer: Viewer, input: { stageId: string; moveDealsToStageId?: string | null }) {
  const stage = await requireStage(em, viewer, input.stageId);
  const target = input.moveDealsToStageId ? await requireStage(em, viewer, input.moveDealsToStageId, 'moveDealsToStageId') : null;
  if (target && (target.id === stage.id || target.funnelId !== stage.funnelId)) {
    throw dealErrors.FUNNEL_STAGE_MOVE_TARGET('moveDealsToStageId');
  }
  try {
    await em.transactional(async (tx) => {
      // The funnel's lock keeps addStage and another deletion out while the stages are counted and renumbered.
      await tx.execute('select id from funnel where id = ? for update', [stage.funnelId]);
      const stages = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from funnel_stage where funnel_id = ?', [stage.funnelId]))!.n;
      if (stages <= 1) throw dealErrors.FUNNEL_LAST_STAGE('stageId');
      const deals = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from deal where stage_id = ?', [stage.id]))!.n;
      if (deals && !target) throw dealErrors.FUNNEL_STAGE_HAS_DEALS('moveDealsToStageId', { count: deals });
      const moved = deals
        ? await select<DealRow>(
            tx,
            `update deal set stage_id = ?, stage_changed_at = now(),
                    responsible_id = case when status = 'OPEN' then coalesce(?, responsible_id) else responsible_id end
              where stage_id = ? returning *`,
            [target!.id, target!.responsibleId, stage.id],
          )
        : [];
      const recorded = [];
      for (const deal of moved) {
        const client = { id: deal.clientId, projectId: deal.projectId };
        const activityId = await recordClientActivity(tx, client, viewer.operator?.id ?? null, {
          type: 'DEAL_STAGE_CHANGED',
          summary: `Deal "${deal.title}": ${stage.name} → ${target!.name} (stage deleted)`,
          data: {
            dealId: deal.id,
            title: deal.title,
            fromStageId: stage.id,
            toStageId: target!.id,
            fromStageName: stage.name,
            toStageName: target!.name,
            stageDeleted: true,
            responsibleId: deal.responsibleId,
          },
        });
        recorded.push({ client, activityId });
      }
      await tx.execute('delete from funnel_stage where id = ?', [stage.id]);
      await tx.execute('update funnel_stage set position = position - 1 where funnel_id = ? and position > ?', [stage.funnelId, stage.position]);
      await announceClientChanges(tx, recorded);
    });
  } catch (error) {
    throw stillUsed(error, () => dealErrors.FUNNEL_STAGE_HAS_DEALS('moveDealsToStageId', {}));
  }
  return (await selectOne<FunnelRow>(em, 'select * from funnel where id = ?', [stage.funnelId]))!;
}
