import type { EntityManager } from '@mikro-orm/postgresql';
import { permissions } from '../auth/permissions.ts';
import { decryptSecrets } from '../channels/channel-secrets.ts';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { announceNotifications } from '../operators/notification.service.ts';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity.ts';
import { postJson } from './webhook-http.ts';
import { retryDelayMs } from './webhook-settings.ts';
import { signatureHeader, signatureValue } from './webhook-signature.ts';

/** What one attempt left to do: the next delivery ('sent', delivered or given up), a wait, or nothing ('idle'). */
export type WebhookAttempt = 'sent' | 'idle' | { retryInMs: number };

/** The endpoint's secret, as it was sealed with the channels' key (the endpoint's id is the associated data). */
export const endpointSecret = (app: App, endpoint: Pick<WebhookEndpointRow, 'id' | 'secret'>) => decryptSecrets(app.channels.secretsKey, endpoint.id, endpoint.secret).secret!;

/**
 * Sends the oldest PENDING delivery of an endpoint's ordering key once, and logs the attempt on it: status code,
 * response time, error, the next retry (the wait doubles each time) or FAILED once the attempts are used up. A 2xx
 * answer delivers it. Attempts that fail in a row, for long enough, disable the endpoint (see `disableEndpoint`).
 */
export async function attemptNextWebhook(app: App, em: EntityManager, endpointId: string, orderingKey: string): Promise<WebhookAttempt> {
  const settings = app.webhooks.settings;
  const endpoint = await selectOne<WebhookEndpointRow>(em, 'select * from webhook_endpoint where id = ?', [endpointId]);
  // Deleted: its deliveries went with it.
  if (!endpoint) return 'idle';
  const delivery = await selectOne<WebhookDeliveryRow>(
    em,
    `select * from webhook_delivery where endpoint_id = ? and ordering_key = ? and status = 'PENDING' order by seq limit 1`,
    [endpointId, orderingKey],
  );
  if (!delivery) return 'idle';
  if (!endpoint.enabled) {
    await failPending(em, endpointId, 'The endpoint is disabled.');
    return 'idle';
  }
  const wait = delivery.nextAttemptAt ? delivery.nextAttemptAt.getTime() - Date.now() : 0;
  if (wait > 0) return { retryInMs: wait };

  const timestamp = Math.floor(Date.now() / 1000);
  const result = await postJson(
    endpoint.url,
    delivery.body,
    {
      [signatureHeader]: signatureValue(endpointSecret(app, endpoint), timestamp, delivery.body),
      'X-Inbox-Event-Id': delivery.eventId,
      'X-Inbox-Event-Type': delivery.type,
      'X-Inbox-Delivery-Id': delivery.id,
    },
    { allowPrivate: settings.allowPrivate, timeoutMs: settings.timeoutMs },
  );
  const attempts = delivery.attempts + 1;
  if (result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300) {
    await em.transactional(async (tx) => {
      await tx.execute(
        `update webhook_delivery set status = 'DELIVERED', attempts = ?, status_code = ?, response_ms = ?, error = null, next_attempt_at = null, delivered_at = now() where id = ?`,
        [attempts, result.statusCode, result.responseMs, delivery.id],
      );
      await tx.execute('update webhook_endpoint set consecutive_failures = 0, failing_since = null where id = ? and consecutive_failures > 0', [endpointId]);
    });
    return 'sent';
  }
  const error = result.error ?? `The endpoint answered ${result.statusCode}.`;
  const givenUp = attempts >= settings.attempts;
  const retryInMs = retryDelayMs(settings, attempts);
  const failing = await em.transactional(async (tx) => {
    await tx.execute(
      `update webhook_delivery set status = ?, attempts = ?, status_code = ?, response_ms = ?, error = ?, next_attempt_at = ? where id = ?`,
      [givenUp ? 'FAILED' : 'PENDING', attempts, result.statusCode, result.responseMs, error.slice(0, 500), givenUp ? null : new Date(Date.now() + retryInMs), delivery.id],
    );
    return (await selectOne<{ consecutiveFailures: number; failingSince: string; failingMs: number }>(
      tx,
      `update webhook_endpoint set consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now()) where id = ?
       returning consecutive_failures, to_json(failing_since) #>> '{}' as failing_since, (extract(epoch from now() - failing_since) * 1000)::float8 as failing_ms`,
      [endpointId],
    ))!;
  });
  if (failing.consecutiveFailures >= settings.disableAfterFailures && failing.failingMs >= settings.disableAfterMs) {
    await disableEndpoint(app, em, endpoint, `Disabled after ${failing.consecutiveFailures} failed attempts in a row since ${failing.failingSince}; last: ${error}`.slice(0, 500));
    return 'idle';
  }
  return givenUp ? 'sent' : { retryInMs };
}

const failPending = (em: EntityManager, endpointId: string, error: string) =>
  em.execute(`update webhook_delivery set status = 'FAILED', error = ?, next_attempt_at = null where endpoint_id = ? and status = 'PENDING'`, [error, endpointId]);

/**
 * Disables an endpoint that keeps failing (once, however many workflows see it): its pending deliveries fail (each
 * can be replayed), and the project's owners and admins (who may manage webhooks) get a notification.
 */
async function disableEndpoint(app: App, em: EntityManager, endpoint: WebhookEndpointRow, reason: string) {
  const notified = await em.transactional(async (tx) => {
    const disabled = await selectOne(tx, 'update webhook_endpoint set enabled = false, disabled_reason = ? where id = ? and enabled returning id', [reason, endpoint.id]);
    if (!disabled) return null;
    await failPending(tx, endpoint.id, 'The endpoint was disabled after persistent failures.');
    const notified = await select<{ id: string; operatorId: string }>(
      tx,
      `insert into notification (id, project_id, operator_id, kind, webhook_endpoint_id, created_at)
       select gen_random_uuid(), project_id, id, 'WEBHOOK_DISABLED', ?, now() from operator where project_id = ? and role in (?) and deactivated_at is null
       returning id, operator_id`,
      [endpoint.id, endpoint.projectId, permissions.manageWebhooks.roles],
    );
    await announceNotifications(tx, notified);
    return true;
  });
  if (!notified) return;
  await app.webhooks.changed(em, endpoint.projectId);
}

/**
 * The sweep (a schedule, every minute): wakes the workflows of keys whose PENDING deliveries nobody is attempting —
 * queued over a minute ago and not waiting for a retry — as when Temporal was unreachable at hand-over. Waking a
 * running workflow only signals it. Also drops log entries older than 30 days. Answers how many keys it woke.
 */
export async function sweepWebhookDeliveries(app: App, em: EntityManager) {
  const stalled = await select<{ endpointId: string; orderingKey: string }>(
    em,
    `select distinct endpoint_id, ordering_key from webhook_delivery
      where status = 'PENDING' and created_at < now() - interval '1 minute' and coalesce(next_attempt_at, created_at) < now() - interval '1 minute'
      limit 1000`,
  );
  for (const { endpointId, orderingKey } of stalled) await app.webhooks.handOver(endpointId, orderingKey);
  await em.execute(`delete from webhook_delivery where status <> 'PENDING' and created_at < now() - interval '30 days'`);
  return stalled.length;
}
