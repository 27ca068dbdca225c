import type { EntityManager } from '@mikro-orm/postgresql';
import { announceRevoked, announceViewerChanged, deleteSessions } from '../auth/auth.service.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { may } from '../auth/permissions.ts';
import { email as emailPattern } from '../clients/client-profile.service.ts';
import type { App, Viewer } from '../context.ts';
import { recordEvent } from '../conversations/conversation-actions.service.ts';
import { newId } from '../db/ids.ts';
import { isUniqueViolation, select, selectOne } from '../db/rows.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { publishCommitted, topics } from '../pubsub/pubsub.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { operatorColumns, type OperatorRole, type OperatorRow } from './operator.entity.ts';
import { operatorErrors } from './operator.errors.ts';
import { settleOperator } from './presence-lease.service.ts';
import { recordPresence } from './presence.service.ts';
import { requireRoom } from '../limits/list-caps.ts';

// Owners and admins manage the project's operators. The callers are checked by the resolvers (requireCan: API
// tokens hold no role); these functions hold the rules between the caller and the operator they change.

/** The calling operator; API tokens manage no one. */
function actorOf(viewer: Viewer) {
  if (!viewer.operator) throw operatorErrors.OPERATOR_ACTOR_ONLY();
  return viewer.operator;
}

function validPassword(password: string, field: string) {
  if (password.length < 8 || password.length > 200) throw operatorErrors.OPERATOR_PASSWORD_LENGTH(field);
  return password;
}

function validEmail(raw: string) {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !emailPattern.test(email)) throw operatorErrors.OPERATOR_EMAIL_INVALID('email');
  return email;
}

const emailTaken = () => operatorErrors.OPERATOR_EMAIL_TAKEN('email');

/** Creates an operator of the caller's project; an owner only by an owner. */
export async function createOperator(em: EntityManager, viewer: Viewer, input: { name: string; email: string; role: OperatorRole; password: string }) {
  actorOf(viewer);
  const name = boundedText(input.name, 'name', operatorErrors.OPERATOR_NAME_LENGTH);
  const email = validEmail(input.email);
  validPassword(input.password, 'password');
  if (input.role === 'OWNER' && !may(viewer, 'manageOwners')) throw operatorErrors.OPERATOR_ADD_OWNER_FORBIDDEN('role');
  await requireRoom(em, 'Query.operators', ['select count(*)::int as n from operator where project_id = ?', [viewer.project.id]], operatorErrors.OPERATOR_LIMIT, 'email');
  // E-mails are logins, unique across projects: checked first for a clear error, and by the unique index.
  if (await selectOne(em, 'select id from operator where email = ?', [email])) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return (await selectOne<OperatorRow>(
      em,
      `insert into operator (id, project_id, name, email, password_hash, role, presence, capacity, read_on_open, created_at)
       values (?, ?, ?, ?, ?, ?, 'OFFLINE', 10, false, ?) returning ${operatorColumns}`,
      [newId(), viewer.project.id, name, email, passwordHash, input.role, new Date()],
    ))!;
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/**
 * Runs `work` on one operator of the caller's project, in a transaction that holds the project's row: changes of
 * roles and deactivations in a project happen one at a time, so two owners demoting each other keep one owner.
 */
async function withOperator<T>(em: EntityManager, viewer: Viewer, globalId: string, work: (tx: EntityManager, target: OperatorRow) => Promise<T>) {
  const id = idOf('Operator', globalId);
  if (!id) throw operatorErrors.OPERATOR_NOT_FOUND('operatorId');
  return em.transactional(async (tx) => {
    await tx.execute('select id from project where id = ? for no key update', [viewer.project.id]);
    const target = await selectOne<OperatorRow>(tx, `select ${operatorColumns} from operator where id = ? and project_id = ? for update`, [id, viewer.project.id]);
    if (!target) throw operatorErrors.OPERATOR_NOT_FOUND('operatorId');
    return work(tx, target);
  });
}

/** Admins manage admins, managers and operators; an owner is managed by owners only. */
function checkMayManage(viewer: Viewer, target: OperatorRow) {
  if (target.role === 'OWNER' && !may(viewer, 'manageOwners')) throw operatorErrors.OPERATOR_CHANGE_OWNER_FORBIDDEN();
}

/** Refuses a change that would leave the project without an active owner besides `target`. */
async function keepAnOwner(tx: EntityManager, target: OperatorRow) {
  if (target.role !== 'OWNER' || target.deactivatedAt) return;
  const other = await selectOne(tx, `select id from operator where project_id = ? and role = 'OWNER' and deactivated_at is null and id <> ? limit 1`, [target.projectId, target.id]);
  if (!other) throw operatorErrors.OPERATOR_LAST_OWNER();
}

/** Name, role and password; fields left out stay as they are. A new password ends all their sessions. */
export async function updateOperator(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  input: { operatorId: string; name?: string | null; role?: OperatorRole | null; password?: string | null },
) {
  const me = actorOf(viewer);
  const name = input.name == null ? null : boundedText(input.name, 'name', operatorErrors.OPERATOR_NAME_LENGTH);
  const passwordHash = input.password == null ? null : await hashPassword(validPassword(input.password, 'password'));
  const { updated, revoked } = await withOperator(em, viewer, input.operatorId, async (tx, target) => {
    checkMayManage(viewer, target);
    const role = input.role ?? target.role;
    if (role !== target.role) {
      if (target.id === me.id) throw operatorErrors.OPERATOR_OWN_ROLE('role');
      if (role === 'OWNER' && !may(viewer, 'manageOwners')) throw operatorErrors.OPERATOR_MAKE_OWNER_FORBIDDEN('role');
      await keepAnOwner(tx, target);
    }
    const updated = (await selectOne<OperatorRow>(
      tx,
      `update operator set name = coalesce(?, name), role = ?, password_hash = coalesce(?, password_hash) where id = ? returning ${operatorColumns}`,
      [name, role, passwordHash, target.id],
    ))!;
    return { updated, revoked: passwordHash ? await deleteSessions(tx, target.id) : [] };
  });
  if (revoked.length) await settleOperator(app, em, updated.id);
  await announceRevoked(app, revoked);
  // Their cached sessions carry the old role and name.
  await announceViewerChanged(app, { operatorId: updated.id });
  return updated;
}

/**
 * Deactivates an operator, in one transaction: offline, no sessions, their open conversations unassigned (each
 * with an UNASSIGNED event), out of their teams. Then the sockets close and the inbox is told. Repeating it
 * answers the operator unchanged.
 */
export async function deactivateOperator(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const me = actorOf(viewer);
  const result = await withOperator(em, viewer, globalId, async (tx, target) => {
    checkMayManage(viewer, target);
    if (target.id === me.id) throw operatorErrors.OPERATOR_DEACTIVATE_SELF();
    if (target.deactivatedAt) return { operator: target, revoked: [], unassigned: [], presenceChanged: false };
    await keepAnOwner(tx, target);
    const now = new Date();
    // Offline by choice and with no lease: their sessions, and so their sockets' leases, go below.
    const operator = (await selectOne<OperatorRow>(
      tx,
      `update operator set deactivated_at = ?, presence = 'OFFLINE', online_until = null where id = ? returning ${operatorColumns}`,
      [now, target.id],
    ))!;
    const presenceChanged = (await recordPresence(tx, target, 'OFFLINE')) || target.presence !== 'OFFLINE';
    const revoked = await deleteSessions(tx, target.id);
    const conversations = await select<{ id: string; projectId: string }>(
      tx,
      `update conversation set assignee_id = null where assignee_id = ? and status = 'OPEN' returning id, project_id`,
      [target.id],
    );
    const unassigned = [];
    for (const conversation of conversations) {
      const eventId = await recordEvent(tx, conversation, me.id, { type: 'UNASSIGNED', comment: `${target.name} was deactivated.` });
      unassigned.push(...inboxEvent(viewer.project.id, { kind: 'CONVERSATION_UPDATED', conversationId: conversation.id, eventId }));
    }
    await announce(tx, ...unassigned);
    await tx.execute('delete from team_member where operator_id = ?', [target.id]);
    return { operator, revoked, presenceChanged };
  });
  await announceRevoked(app, result.revoked);
  if (result.presenceChanged) {
    await publishCommitted(app.pubsub, topics.presence(viewer.project.id), { operatorId: result.operator.id });
  }
  return result.operator;
}

/** Lets a deactivated operator log in again (their teams and conversations are not given back). */
export async function reactivateOperator(em: EntityManager, viewer: Viewer, globalId: string) {
  actorOf(viewer);
  return withOperator(em, viewer, globalId, async (tx, target) => {
    checkMayManage(viewer, target);
    if (!target.deactivatedAt) return target;
    return (await selectOne<OperatorRow>(tx, `update operator set deactivated_at = null where id = ? returning ${operatorColumns}`, [target.id]))!;
  });
}

/** The caller's own password, checked first; their other sessions end, this one goes on. */
export async function changeMyPassword(app: App, em: EntityManager, viewer: Viewer, input: { currentPassword: string; newPassword: string }) {
  if (!viewer.operator) throw operatorErrors.OPERATOR_PASSWORD_OPERATOR_ONLY();
  const me = viewer.operator;
  validPassword(input.newPassword, 'newPassword');
  const stored = await selectOne<{ passwordHash: string }>(em, 'select password_hash from operator where id = ?', [me.id]);
  if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw operatorErrors.OPERATOR_PASSWORD_WRONG('currentPassword');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const revoked = await em.transactional(async (tx) => {
    await tx.execute('update operator set password_hash = ? where id = ?', [passwordHash, me.id]);
    return deleteSessions(tx, me.id, viewer.tokenId);
  });
  if (revoked.length) await settleOperator(app, em, me.id);
  await announceRevoked(app, revoked);
  return true;
}
