import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { selectOne } from '../db/rows.ts';
import type { UpdateClientInput } from '../generated/graphql.ts';
import { UserError } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { ClientActivityRow } from './client-activity.entity.ts';
import { publishClientChanged, recordClientActivity, type ActivityInput } from './client-activity.service.ts';
import type { ClientRow } from './client.entity.ts';

export type ClientUpdateModel = { client: ClientRow; activity: ClientActivityRow | null };

/** A client of the viewer's project by global id (deleted ones too: their card can restore them), or null. */
export async function findClient(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Client', globalId);
  return id ? selectOne<ClientRow>(em, 'select * from client where id = ? and project_id = ?', [id, viewer.project.id]) : null;
}

export async function requireClient(em: EntityManager, viewer: Viewer, globalId: string, field = 'clientId') {
  const client = await findClient(em, viewer, globalId);
  if (!client) throw new UserError('NOT_FOUND', 'No such client.', field);
  return client;
}

/** An operator of the viewer's project by global id, or a NOT_FOUND user error on `field`. */
export async function requireOperator(em: EntityManager, viewer: Viewer, globalId: string, field: string) {
  const id = idOf('Operator', globalId);
  const operator = id && (await selectOne<OperatorRow>(em, `select ${operatorColumns} from operator where id = ? and project_id = ?`, [id, viewer.project.id]));
  if (!operator) throw new UserError('NOT_FOUND', 'No such operator in this project.', field);
  return operator;
}

/**
 * Updates a client and records what changed, in one transaction, then tells its subscribers. `set` is the
 * update's assignments; a change that alters nothing (`unless` holds) records nothing.
 */
export async function changeClient(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  client: ClientRow,
  update: { set: string; params: unknown[]; unless?: string; unlessParams?: unknown[] },
  activity: ActivityInput | null,
) {
  const result = await em.transactional(async (tx) => {
    const updated = await selectOne<ClientRow>(
      tx,
      `update client set ${update.set} where id = ? and not (${update.unless ?? 'false'}) returning *`,
      [...update.params, client.id, ...(update.unlessParams ?? [])],
    );
    const activityId = updated && activity ? await recordClientActivity(tx, client, viewer.operator?.id ?? null, activity) : undefined;
    return { updated, activityId };
  });
  if (!result.updated) return client;
  await publishClientChanged(app, em, client, result.activityId);
  return result.updated;
}

const optional = (value: string | null | undefined, field: string, max: number) => {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > max) throw new UserError('INVALID_INPUT', `The ${field} must be at most ${max} characters.`, field);
  return trimmed || null;
};

export const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const phone = /^\+?[\d\s()-]{5,20}$/;

/** Edits the profile: only the fields given; each is checked before anything changes. */
export async function updateClient(app: App, em: EntityManager, viewer: Viewer, input: UpdateClientInput) {
  const client = await requireClient(em, viewer, input.clientId);
  const changes: Record<string, string | null> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name || name.length > 200) throw new UserError('INVALID_INPUT', 'The name must be 1 to 200 characters.', 'name');
    changes.name = name;
  }
  const contact = { phone: optional(input.phone, 'phone', 32), email: optional(input.email, 'email', 254)?.toLowerCase(), country: optional(input.country, 'country', 100) };
  if (contact.phone && !phone.test(contact.phone)) throw new UserError('INVALID_INPUT', 'The phone must be digits, optionally with +, spaces, dashes or brackets.', 'phone');
  if (contact.email && !email.test(contact.email)) throw new UserError('INVALID_INPUT', 'The e-mail is not an e-mail address.', 'email');
  Object.assign(changes, Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)));
  const tracking = { utm_source: input.tracking?.source, utm_campaign: input.tracking?.campaign, utm_ad: input.tracking?.ad, utm_ad_set: input.tracking?.adSet, utm_tag: input.tracking?.tag };
  for (const [column, value] of Object.entries(tracking)) {
    const checked = optional(value, 'tracking', 200);
    if (checked !== undefined) changes[column] = checked;
  }
  const columns = Object.keys(changes);
  if (!columns.length) return client;
  const before = client as unknown as Record<string, unknown>;
  const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const changed = columns.filter((column) => (before[camel(column)] ?? null) !== changes[column]);
  if (!changed.length) return client;
  return changeClient(
    app,
    em,
    viewer,
    client,
    { set: changed.map((column) => `${column} = ?`).join(', '), params: changed.map((column) => changes[column]) },
    {
      type: 'PROFILE_UPDATED',
      summary: `Profile updated: ${changed.map((column) => camel(column).replace(/^utm/, '').toLowerCase()).join(', ')}`,
      data: Object.fromEntries(changed.map((column) => [camel(column), { from: before[camel(column)] ?? null, to: changes[column] }])),
    },
  );
}

/**
 * Sets the client's owner. Managers and above may set anyone; an operator may take a client nobody owns, or
 * hand over their own. Each change is a system event.
 */
export async function setClientOwner(app: App, em: EntityManager, viewer: Viewer, input: { clientId: string; ownerId?: string | null; comment?: string | null }) {
  const client = await requireClient(em, viewer, input.clientId);
  const owner = input.ownerId ? await requireOperator(em, viewer, input.ownerId, 'ownerId') : null;
  const me = viewer.operator?.id ?? null;
  const manager = !viewer.operator || viewer.operator.role !== 'OPERATOR';
  const allowed = manager || client.ownerId === me || (client.ownerId === null && owner?.id === me);
  if (!allowed) throw new UserError('FORBIDDEN', 'Only managers may take a client another employee owns.');
  const comment = input.comment?.trim() ? input.comment.trim().slice(0, 500) : null;
  const summary = owner ? (owner.id === me ? `${owner.name} took the client` : `Owner set to ${owner.name}`) : 'Owner cleared';
  return changeClient(
    app,
    em,
    viewer,
    client,
    { set: 'owner_id = ?', params: [owner?.id ?? null], unless: 'owner_id is not distinct from ?', unlessParams: [owner?.id ?? null] },
    { type: 'OWNER_CHANGED', summary: comment ? `${summary}: ${comment}` : summary, data: { from: client.ownerId, to: owner?.id ?? null, comment } },
  );
}
