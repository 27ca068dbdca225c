import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { encryptSecrets } from '../channels/channel-secrets.ts';
import { newId } from '../db/ids.ts';
import { pgArray, select, selectOne } from '../db/rows.ts';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from '../generated/graphql.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { isPublic } from '../lib/outside-address.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { endpointColumns, type WebhookDeliveryRow, type WebhookEndpointRow } from './webhook.entity.ts';
import { webhookErrors } from './webhook.errors.ts';
import { insertDeliveries } from './webhook-events.ts';
import { newWebhookSecret } from './webhook-signature.ts';
import type { WebhookEventType } from './webhook-types.ts';

const maxUrl = 2000;
const maxDescription = 500;

/** A URL the server may call: http(s), no credentials, and (unless WEBHOOKS_ALLOW_PRIVATE) a public host. */
async function checkedUrl(app: App, value: string) {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw webhookErrors.WEBHOOK_URL_INVALID('url', { max: maxUrl });
  }
  if (trimmed.length > maxUrl || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) throw webhookErrors.WEBHOOK_URL_INVALID('url', { max: maxUrl });
  if (!app.webhooks.settings.allowPrivate && !(await isPublic(url.hostname).catch(() => false))) throw webhookErrors.WEBHOOK_URL_PRIVATE('url');
  return url.toString();
}

function checkedDescription(value: string | null | undefined) {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > maxDescription) throw webhookErrors.WEBHOOK_DESCRIPTION_LENGTH('description', { max: maxDescription });
  return trimmed;
}

function checkedTypes(types: readonly WebhookEventType[]) {
  if (!types.length) throw webhookErrors.WEBHOOK_EVENT_TYPES_EMPTY('eventTypes');
  return [...new Set(types)];
}

export function listWebhookEndpoints(em: EntityManager, viewer: Viewer) {
  return select<WebhookEndpointRow>(em, `select ${endpointColumns} from webhook_endpoint where project_id = ? order by created_at, id`, [viewer.project.id]);
}

async function requireEndpoint(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('WebhookEndpoint', globalId);
  const endpoint = id && (await selectOne<WebhookEndpointRow>(em, `select ${endpointColumns} from webhook_endpoint where id = ? and project_id = ?`, [id, viewer.project.id]));
  if (!endpoint) throw webhookErrors.WEBHOOK_ENDPOINT_NOT_FOUND('webhookEndpointId');
  return endpoint;
}

/** Registers an endpoint; its secret is answered once (and kept sealed, to sign with). */
export async function createWebhookEndpoint(app: App, em: EntityManager, viewer: Viewer, input: CreateWebhookEndpointInput) {
  const description = checkedDescription(input.description);
  const eventTypes = checkedTypes(input.eventTypes);
  const url = await checkedUrl(app, input.url);
  await requireRoom(em, 'Query.webhookEndpoints', ['select count(*)::int as n from webhook_endpoint where project_id = ?', [viewer.project.id]], webhookErrors.WEBHOOK_ENDPOINT_LIMIT, 'url');
  const id = newId();
  const secret = newWebhookSecret();
  const endpoint = (await selectOne<WebhookEndpointRow>(
    em,
    `insert into webhook_endpoint (id, project_id, url, description, event_types, enabled, secret, consecutive_failures, created_at)
     values (?, ?, ?, ?, ?::text[], true, ?, 0, now()) returning ${endpointColumns}`,
    [id, viewer.project.id, url, description, pgArray(eventTypes), encryptSecrets(app.channels.secretsKey, id, { secret })],
  ))!;
  await app.webhooks.changed(em, viewer.project.id);
  return { webhookEndpoint: endpoint, secret };
}

/** Sets the fields given; enabling clears the failure count and the reason it was disabled. */
export async function updateWebhookEndpoint(app: App, em: EntityManager, viewer: Viewer, input: UpdateWebhookEndpointInput) {
  const endpoint = await requireEndpoint(em, viewer, input.webhookEndpointId);
  const description = input.description == null ? endpoint.description : checkedDescription(input.description);
  const eventTypes = input.eventTypes == null ? endpoint.eventTypes : checkedTypes(input.eventTypes);
  const url = input.url == null ? endpoint.url : await checkedUrl(app, input.url);
  const enabled = input.enabled ?? endpoint.enabled;
  const enabling = enabled && !endpoint.enabled;
  const updated = (await selectOne<WebhookEndpointRow>(
    em,
    `update webhook_endpoint set url = ?, description = ?, event_types = ?::text[], enabled = ?,
       disabled_reason = case when ? then null else disabled_reason end,
       consecutive_failures = case when ? then 0 else consecutive_failures end,
       failing_since = case when ? then null else failing_since end
     where id = ? returning ${endpointColumns}`,
    [url, description, pgArray(eventTypes), enabled, enabled, enabling, enabling, endpoint.id],
  ))!;
  await app.webhooks.changed(em, viewer.project.id);
  return updated;
}

export async function deleteWebhookEndpoint(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const endpoint = await requireEndpoint(em, viewer, globalId);
  await em.execute('delete from webhook_endpoint where id = ?', [endpoint.id]);
  await app.webhooks.changed(em, viewer.project.id);
  return globalId;
}

/** A new secret, answered once; the old one no longer signs (deliveries still pending are signed with the new one). */
export async function rotateWebhookSecret(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const endpoint = await requireEndpoint(em, viewer, globalId);
  const secret = newWebhookSecret();
  await em.execute('update webhook_endpoint set secret = ? where id = ?', [encryptSecrets(app.channels.secretsKey, endpoint.id, { secret }), endpoint.id]);
  return { webhookEndpoint: endpoint, secret };
}

/** A `ping` delivery, queued on its own ordering key. */
export async function pingWebhookEndpoint(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const endpoint = await requireEndpoint(em, viewer, globalId);
  if (!endpoint.enabled) throw webhookErrors.WEBHOOK_ENDPOINT_DISABLED('webhookEndpointId');
  const id = newId();
  const eventId = newId();
  const createdAt = new Date();
  const body = JSON.stringify({ id: eventId, type: 'ping', createdAt: createdAt.toISOString(), projectId: toGlobalId('Project', viewer.project.id), data: {} });
  await insertDeliveries(em, [[id, viewer.project.id, endpoint.id, eventId, 'ping', 'ping', body, createdAt]]);
  app.webhooks.wake(endpoint.id, 'ping');
  return loadDelivery(em, id);
}

/** The delivery's body again (the same event id), as a new entry after the key's pending ones. */
export async function replayWebhookDelivery(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const deliveryId = idOf('WebhookDelivery', globalId);
  const original =
    deliveryId && (await selectOne<WebhookDeliveryRow>(em, 'select * from webhook_delivery where id = ? and project_id = ?', [deliveryId, viewer.project.id]));
  if (!original) throw webhookErrors.WEBHOOK_DELIVERY_NOT_FOUND('webhookDeliveryId');
  const endpoint = await requireEndpoint(em, viewer, toGlobalId('WebhookEndpoint', original.endpointId));
  if (!endpoint.enabled) throw webhookErrors.WEBHOOK_ENDPOINT_DISABLED('webhookDeliveryId');
  const id = newId();
  await em.execute(
    `insert into webhook_delivery (id, project_id, endpoint_id, event_id, type, ordering_key, body, replay_of_id, created_at)
     select ?, project_id, endpoint_id, event_id, type, ordering_key, body, id, now() from webhook_delivery where id = ?`,
    [id, original.id],
  );
  app.webhooks.wake(original.endpointId, original.orderingKey);
  return loadDelivery(em, id);
}

const loadDelivery = async (em: EntityManager, id: string) => (await selectOne<WebhookDeliveryRow>(em, 'select * from webhook_delivery where id = ?', [id]))!;

export function listDeliveries(em: EntityManager, endpointId: string, page: Page) {
  return keysetConnection<WebhookDeliveryRow>(
    em,
    { name: 'webhookDeliveries', from: 'webhook_delivery', where: 'endpoint_id = ?', params: [endpointId], column: 'created_at', at: (row) => row.createdAt },
    page,
  );
}
