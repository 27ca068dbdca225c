import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { selectOne } from '../db/rows.ts';
import type { UpdateClientInput } from '../generated/graphql.ts';
import { may } from '../auth/permissions.ts';
import { idOf } from '../graphql/global-id.ts';
import { requireOperator } from '../operators/active-operators.ts';
import type { ClientActivityRow } from './client-activity.entity.ts';
import { announceClientChanged, recordClientActivity, type ActivityInput } from './client-activity.service.ts';
import type { ClientRow } from './client.entity.ts';
import { clientErrors } from './client.errors.ts';

export type ClientUpdateModel = { client: ClientRow; activity: ClientActivityRow | null };

/** The client (id, project) if it is of that project: deleted ones too (their card can restore them). */
export const clientInProject = 'select * from client where id = ? and project_id = ?';

/** A client of the viewer's project by global id, or null. */
export async function findClient(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Client', globalId);
  return id ? selectOne<ClientRow>(em, clientInProject, [id, viewer.project.id]) : null;
}

export async function requireClient(em: EntityManager, viewer: Viewer, globalId: string, field = 'clientId') {
  const client = await findClient(em, viewer, globalId);
  if (!client) throw clientErrors.CLIENT_NOT_FOUND(field);
  return client;
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
  const updated = await em.transactional(async (tx) => {
    const updated = await selectOne<ClientRow>(
      tx,
      `update client set ${update.set} where id = ? and not (${update.unless ?? 'false'}) returning *`,
      [...update.params, client.id, ...(update.unlessParams ?? [])],
    );
    const activityId = updated && activity ? await recordClientActivity(tx, client, viewer.operator?.id ?? null, activity) : undefined;
    if (updated) await announceClientChanged(tx, client, activityId);
    return updated;
  });
  return updated ?? client;
}

const optional = (value: string | null | undefined, field: string, max: number) => {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed.length > max) throw clientErrors.CLIENT_FIELD_LENGTH(field, { max });
  return trimmed || null;
};

export const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const phone = /^\+?[\d\s()-]{5,20}$/;

// The profile's editable fields: the row's property, its column, and its name in the history's summary.
const profileFields = [
  { field: 'name', column: 'name', label: 'name' },
  { field: 'phone', column: 'phone', label: 'phone' },
  { field: 'email', column: 'email', label: 'email' },
  { field: 'country', column: 'country', label: 'country' },
  { field: 'utmSource', column: 'utm_source', label: 'source' },
  { field: 'utmCampaign', column: 'utm_campaign', label: 'campaign' },
  { field: 'utmAd', column: 'utm_ad', label: 'ad' },
  { field: 'utmAdSet', column: 'utm_ad_set', label: 'adset' },
  { field: 'utmTag', column: 'utm_tag', label: 'tag' },
] as const;
type ProfileField = (typeof profileFields)[number]['field'];

/** Edits the profile: only the fields given; each is checked before anything changes. */
export async function updateClient(app: App, em: EntityManager, viewer: Viewer, input: UpdateClientInput) {
  const client = await requireClient(em, viewer, input.clientId);
  const given: Partial<Record<ProfileField, string | null | undefined>> = {
    phone: optional(input.phone, 'phone', 32),
    email: optional(input.email, 'email', 254)?.toLowerCase(),
    country: optional(input.country, 'country', 100),
    utmSource: optional(input.tracking?.source, 'tracking', 200),
    utmCampaign: optional(input.tracking?.campaign, 'tracking', 200),
    utmAd: optional(input.tracking?.ad, 'tracking', 200),
    utmAdSet: optional(input.tracking?.adSet, 'tracking', 200),
    utmTag: optional(input.tracking?.tag, 'tracking', 200),
  };
  if (input.name != null) {
    const name = input.name.trim();
    if (!name || name.length > 200) throw clientErrors.CLIENT_NAME_LENGTH('name', { max: 200 });
    given.name = name;
  }
  if (given.phone && !phone.test(given.phone)) throw clientErrors.CLIENT_PHONE_INVALID('phone');
  if (given.email && !email.test(given.email)) throw clientErrors.CLIENT_EMAIL_INVALID('email');
  const changed = profileFields.filter(({ field }) => given[field] !== undefined && (client[field] ?? null) !== given[field]);
  if (!changed.length) return client;
  return changeClient(
    app,
    em,
    viewer,
    client,
    { set: changed.map(({ column }) => `${column} = ?`).join(', '), params: changed.map(({ field }) => given[field]) },
    {
      type: 'PROFILE_UPDATED',
      summary: `Profile updated: ${changed.map(({ label }) => label).join(', ')}`,
      data: Object.fromEntries(changed.map(({ field }) => [field, { from: client[field] ?? null, to: given[field] }])),
    },
  );
}

/** Whether the viewer may set the client's owner to anyone or nobody: managers any client, operators their own. */
export const maySetOwner = (viewer: Viewer, client: ClientRow) =>
  may(viewer, 'assignAnyClientOwner') || (!!viewer.operator && client.ownerId === viewer.operator.id);

/** Whether the viewer, an operator, may become its owner: what they may set, or a client nobody owns. */
export const mayTakeClient = (viewer: Viewer, client: ClientRow) =>
  !!viewer.operator && client.ownerId !== viewer.operator.id && (client.ownerId === null || maySetOwner(viewer, client));

/**
 * Sets the client's owner. Managers and above may set anyone; an operator may take a client nobody owns, or
 * hand over their own. Each change is a system event.
 */
export async function setClientOwner(app: App, em: EntityManager, viewer: Viewer, input: { clientId: string; ownerId?: string | null; comment?: string | null }) {
  const client = await requireClient(em, viewer, input.clientId);
  const owner = input.ownerId ? await requireOperator(em, viewer, input.ownerId, 'ownerId') : null;
  const me = viewer.operator?.id ?? null;
  if (!maySetOwner(viewer, client) && !(client.ownerId === null && owner !== null && owner.id === me)) throw clientErrors.CLIENT_OWNER_FORBIDDEN();
  const comment = input.comment?.trim() ? input.comment.trim().slice(0, 500) : null;
  const summary = owner ? (owner.id === me ? `${owner.name} took the client` : `Owner set to ${owner.name}`) : 'Owner cleared';
  return changeClient(
    app,
    em,
    viewer,
    client,
    { set: 'owner_id = ?', params: [owner?.id ?? null], unless: 'owner_id is not distinct from ?', unlessParams: [owner?.id ?? null] },
    { type: 'OWNER_CHANGED', summary: comment ? `${summary}: ${comment}` : summary, data: { from: client.ownerId, to: owner?.id ?? null, toName: owner?.name ?? null, took: !!owner && owner.id === me, comment } },
  );
}
