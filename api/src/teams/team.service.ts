import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { isUniqueViolation, select, selectOne } from '../db/rows.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { requireOperators } from '../operators/active-operators.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import type { TeamRow } from './team.entity.ts';
import { teamErrors } from './team.errors.ts';
import { requireAtMost, requireRoom } from '../limits/list-caps.ts';
import { may } from '../auth/permissions.ts';

/** A team of the viewer's project by global id, or a NOT_FOUND user error on `field`. */
export async function requireTeam(em: EntityManager, viewer: Viewer, globalId: string, field = 'teamId') {
  const id = idOf('Team', globalId);
  const team = id && (await selectOne<TeamRow>(em, 'select * from team where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!team) throw teamErrors.TEAM_NOT_FOUND(field);
  return team;
}

/** Whether the viewer may open a team's inbox section: its members, and whoever may view every team's. */
export const mayOpenTeamInbox = (viewer: Viewer, memberIds: readonly string[]) =>
  may(viewer, 'viewAllTeamInboxes') || (!!viewer.operator && memberIds.includes(viewer.operator.id));

/** The same rule as SQL on a conversation alias, for the TEAM section: nothing when the viewer may view every team's. */
export const teamInboxScope = (viewer: Viewer, alias: string) =>
  may(viewer, 'viewAllTeamInboxes') ? null : { sql: `exists (select 1 from team_member m where m.team_id = ${alias}.team_id and m.operator_id = ?)`, params: [viewer.operator?.id ?? null] };

export const listTeams = (em: EntityManager, viewer: Viewer) =>
  select<TeamRow>(em, 'select * from team where project_id = ? order by fold_case(name), id', [viewer.project.id]);

/** Names are unique in a project whatever the case: checked first for a clear error, and by the unique index. */
async function withUniqueName<T>(em: EntityManager, viewer: Viewer, name: string, exceptId: string | null, work: () => Promise<T>) {
  const taken = await selectOne(em, 'select id from team where project_id = ? and fold_case(name) = fold_case(?) and id is distinct from ?', [viewer.project.id, name, exceptId]);
  const conflict = () => teamErrors.TEAM_NAME_TAKEN('name', { name });
  if (taken) throw conflict();
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

export async function createTeam(em: EntityManager, viewer: Viewer, rawName: string) {
  const name = boundedText(rawName, 'name', teamErrors.TEAM_NAME_LENGTH);
  await requireRoom(em, 'Query.teams', ['select count(*)::int as n from team where project_id = ?', [viewer.project.id]], teamErrors.TEAM_LIMIT, 'name');
  return withUniqueName(em, viewer, name, null, async () =>
    (await selectOne<TeamRow>(em, 'insert into team (id, project_id, name, created_at) values (?, ?, ?, ?) returning *', [newId(), viewer.project.id, name, new Date()]))!,
  );
}

export async function renameTeam(em: EntityManager, viewer: Viewer, teamId: string, rawName: string) {
  const name = boundedText(rawName, 'name', teamErrors.TEAM_NAME_LENGTH);
  const team = await requireTeam(em, viewer, teamId);
  return withUniqueName(em, viewer, name, team.id, async () => (await selectOne<TeamRow>(em, 'update team set name = ? where id = ? returning *', [name, team.id]))!);
}

/** Replaces the team's members with the given operators of the project. */
export async function setTeamMembers(em: EntityManager, viewer: Viewer, teamId: string, operatorGlobalIds: readonly string[]) {
  const team = await requireTeam(em, viewer, teamId);
  requireAtMost('Team.members', operatorGlobalIds, teamErrors.TEAM_MEMBER_LIMIT, 'operatorIds');
  const ids = (await requireOperators(em, viewer, operatorGlobalIds, 'operatorIds', teamErrors.TEAM_MEMBER_NOT_FOUND)).map((operator) => operator.id);
  await em.transactional(async (tx) => {
    await tx.execute('delete from team_member where team_id = ?', [team.id]);
    if (ids.length) await tx.execute(`insert into team_member (team_id, operator_id) values ${ids.map(() => '(?, ?)').join(', ')}`, ids.flatMap((id) => [team.id, id]));
  });
  return team;
}

/** Deletes a team; its conversations stay, without a team (their lists are told), its events keep no team. */
export async function deleteTeam(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const team = await requireTeam(em, viewer, globalId, 'teamId');
  await em.transactional(async (tx) => {
    const changed = await select<{ id: string }>(tx, 'update conversation set team_id = null where team_id = ? returning id', [team.id]);
    await tx.execute('delete from team where id = ?', [team.id]);
    await announce(tx, ...changed.flatMap(({ id }) => inboxEvent(viewer.project.id, { kind: 'CONVERSATION_UPDATED', conversationId: id })));
  });
  return globalId;
}
