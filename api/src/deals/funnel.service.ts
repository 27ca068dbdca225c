import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { requireOperator } from '../operators/active-operators.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import type { UpdateFunnelStageInput } from '../generated/graphql.ts';
import { boundedText, UserError } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { FunnelRow, FunnelStageRow } from './funnel.entity.ts';
import { listCap, requireRoom } from '../limits/list-caps.ts';

export const listFunnels = (em: EntityManager, viewer: Viewer) =>
  select<FunnelRow>(em, 'select * from funnel where project_id = ? order by position, created_at', [viewer.project.id]);

export async function requireFunnel(em: EntityManager, viewer: Viewer, globalId: string, field = 'funnelId') {
  const id = idOf('Funnel', globalId);
  const funnel = id && (await selectOne<FunnelRow>(em, 'select * from funnel where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!funnel) throw new UserError('NOT_FOUND', 'No such funnel.', field);
  return funnel;
}

export async function requireStage(em: EntityManager, viewer: Viewer, globalId: string, field = 'stageId') {
  const id = idOf('FunnelStage', globalId);
  const stage = id && (await selectOne<FunnelStageRow>(em, 'select * from funnel_stage where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!stage) throw new UserError('NOT_FOUND', 'No such stage.', field);
  return stage;
}

const stageName = (name: string, field: string) => boundedText(name, field, 60);

export async function createFunnel(em: EntityManager, viewer: Viewer, input: { name: string; stages: readonly string[] }) {
  const name = boundedText(input.name, 'name', 60);
  if (!input.stages.length || input.stages.length > listCap('Funnel.stages')) throw new UserError('INVALID_INPUT', `A funnel has 1 to ${listCap('Funnel.stages')} stages.`, 'stages');
  const stages = input.stages.map((stage, index) => stageName(stage, `stages.${index}`));
  await requireRoom(em, 'Query.funnels', ['select count(*)::int as n from funnel where project_id = ?', [viewer.project.id]], (cap) => `A project has at most ${cap} funnels.`, 'name');
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
  return (await selectOne<FunnelRow>(em, 'update funnel set name = ? where id = ? returning *', [boundedText(name, 'name', 60), funnel.id]))!;
}

export async function addStage(em: EntityManager, viewer: Viewer, input: { funnelId: string; name: string }) {
  const funnel = await requireFunnel(em, viewer, input.funnelId);
  const name = stageName(input.name, 'name');
  await em.transactional(async (tx) => {
    await tx.execute('select id from funnel where id = ? for update', [funnel.id]);
    const count = (await selectOne<{ n: number }>(tx, 'select count(*)::int as n from funnel_stage where funnel_id = ?', [funnel.id]))!.n;
    if (count >= listCap('Funnel.stages')) throw new UserError('CONFLICT', `A funnel has at most ${listCap('Funnel.stages')} stages.`, 'funnelId');
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
  if (!same) throw new UserError('INVALID_INPUT', 'List every stage of the funnel exactly once.', 'stageIds');
  await em.transactional(async (tx) => {
    for (const [position, id] of order.entries()) await tx.execute('update funnel_stage set position = ? where id = ?', [position, id]);
  });
  return funnel;
}
