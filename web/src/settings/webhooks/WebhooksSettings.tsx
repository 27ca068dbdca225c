import { createEffect, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { WebhookEndpointsQuery as Endpoints, WebhookEventType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { plain } from '../../shared/plain.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { pollWhileVisible } from '../../ui/visible-poll.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { createSettingsQuery } from '../settings-query.ts';
import { settingsMessages } from '../settings.messages.ts';
import { CreateWebhookEndpointMutation } from './create-webhook-endpoint.mutation.ts';
import { DeleteWebhookEndpointMutation } from './delete-webhook-endpoint.mutation.ts';
import { PingWebhookEndpointMutation } from './ping-webhook-endpoint.mutation.ts';
import { ReplayWebhookDeliveryMutation } from './replay-webhook-delivery.mutation.ts';
import { RotateWebhookSecretMutation } from './rotate-webhook-secret.mutation.ts';
import { UpdateWebhookEndpointMutation } from './update-webhook-endpoint.mutation.ts';
import { webhookMessages } from './webhooks.messages.ts';
import { WebhookEndpointsQuery } from './webhooks.query.ts';

// Deliveries publish nothing an operator could subscribe to (they are the worker's, and many): the open log asks
// again this often while the tab is visible.
const LOG_POLL_MS = 5_000;

const eventTypes: WebhookEventType[] = [
  'MESSAGE_CREATED', 'MESSAGE_STATUS_CHANGED', 'CONVERSATION_CREATED', 'CONVERSATION_UPDATED', 'CONVERSATION_CLOSED',
  'CLIENT_CREATED', 'CLIENT_CHANGED', 'DEAL_MOVED', 'TASK_CHANGED', 'PROCESS_RUN_CHANGED',
];

// Endpoints for the project's events (owners, admins): the signing secret is shown once, on creation or rotation;
// each endpoint shows its latest deliveries, followed while the page is open, which can be replayed.
export const WebhooksSettings = () => {
  const t = useMessages(webhookMessages);
  const words = useMessages(settingsMessages);
  const endpoints = createSettingsQuery(WebhookEndpointsQuery, {});
  const [secret, setSecret] = createSignal<string | null>(null);
  const [url, setUrl] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [chosen, setChosen] = createSignal<WebhookEventType[]>(['MESSAGE_CREATED']);
  // Merged by id, so a reload keeps each card (and a delete or rotate being confirmed in it) in place.
  const [shown, setShown] = createStore<{ endpoints: Endpoints['webhookEndpoints'] }>({ endpoints: [] });
  createEffect(() => setShown('endpoints', reconcile(plain(endpoints.data()?.webhookEndpoints ?? []), { key: 'id' })));
  pollWhileVisible(() => shown.endpoints.length > 0 && !endpoints.busy() && void endpoints.reload(), LOG_POLL_MS);

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const created = await endpoints.run(CreateWebhookEndpointMutation, { input: { url: url(), description: description(), eventTypes: chosen() } }, (data) => data.createWebhookEndpoint);
    if (!created?.secret) return;
    setSecret(created.secret);
    setUrl('');
    setDescription('');
  };
  const toggle = (type: WebhookEventType, on: boolean) => setChosen((types) => (on ? [...types, type] : types.filter((other) => other !== type)));
  const update = (id: string, enabled: boolean) => endpoints.run(UpdateWebhookEndpointMutation, { input: { webhookEndpointId: id, enabled } }, (data) => data.updateWebhookEndpoint);
  const remove = (id: string) => endpoints.run(DeleteWebhookEndpointMutation, { input: { webhookEndpointId: id } }, (data) => data.deleteWebhookEndpoint);
  const ping = (id: string) => endpoints.run(PingWebhookEndpointMutation, { input: { webhookEndpointId: id } }, (data) => data.pingWebhookEndpoint);
  const replay = (id: string) => endpoints.run(ReplayWebhookDeliveryMutation, { input: { webhookDeliveryId: id } }, (data) => data.replayWebhookDelivery);
  const rotate = async (id: string) => {
    const rotated = await endpoints.run(RotateWebhookSecretMutation, { input: { webhookEndpointId: id } }, (data) => data.rotateWebhookSecret);
    if (rotated?.secret) setSecret(rotated.secret);
  };

  return (
    <div class="settings-section" data-testid="settings-webhooks">
      <h2>{words('sections.webhooks')}</h2>
      <p class="settings-hint">{t('hint')}</p>
      <ErrorNote message={endpoints.error()} />
      <Show when={secret()}>
        {(value) => (
          <div class="settings-notice settings-code" role="status">
            <span>{t('copyNow')}</span>
            <code data-testid="webhook-secret">{value()}</code>
            <CopyButton text={value()} />
          </div>
        )}
      </Show>
      <Show when={shown.endpoints.length > 0} fallback={<p class="settings-hint">{t('none')}</p>}>
        <For each={shown.endpoints}>
          {(endpoint) => (
            <section class="settings-card webhook-card" data-testid="webhook-endpoint">
              <div class="settings-card-head webhook-head">
                <h3 class="webhook-url">{endpoint.url}</h3>
                <label class="settings-inline">
                  <input type="checkbox" checked={endpoint.enabled} data-testid="webhook-enabled" onChange={(event) => void update(endpoint.id, event.currentTarget.checked)} />
                  {endpoint.enabled ? t('enabled') : t('disabled')}
                </label>
              </div>
              <Show when={endpoint.description}>
                <p class="settings-hint">{endpoint.description}</p>
              </Show>
              <Show when={endpoint.disabledReason}>
                <p class="settings-error">{endpoint.disabledReason}</p>
              </Show>
              <p class="settings-hint">{endpoint.eventTypes.map((type) => t(`eventType.${type}`)).join(' · ')}</p>
              <div class="settings-row-actions webhook-actions">
                <button type="button" class="btn btn-small" data-testid="webhook-ping" disabled={!endpoint.enabled || endpoints.busy()} onClick={() => void ping(endpoint.id)}>
                  {t('ping')}
                </button>
                <ConfirmButton label={t('rotate')} warning={t('rotateWarning')} testId="webhook-rotate" onConfirm={() => void rotate(endpoint.id)} />
                <ConfirmButton label={t('delete')} warning={t('deleteWarning')} testId="webhook-delete" onConfirm={() => void remove(endpoint.id)} />
              </div>
              <div class="settings-card-head webhook-head">
                <h3>{t('log')}</h3>
                <button type="button" class="btn btn-small btn-ghost" data-testid="webhook-refresh" disabled={endpoints.busy()} onClick={() => void endpoints.reload()}>
                  {t('refresh')}
                </button>
              </div>
              <div class="webhook-log">
                <table class="settings-table">
                  <thead>
                    <tr>
                      <th>{t('event')}</th>
                      <th>{t('status')}</th>
                      <th>{t('code')}</th>
                      <th>{t('attempts')}</th>
                      <th>{t('queued')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {/* The nodes themselves: an edge's row would keep the node it was made with when a newer one moves in. */}
                    <For each={endpoint.deliveries.edges.map((edge) => edge.node)} fallback={<tr><td colSpan={6} class="settings-hint">{t('logEmpty')}</td></tr>}>
                      {(delivery) => (
                        <tr data-testid="webhook-delivery">
                          <td>
                            <code class="settings-key">{delivery.type}</code>
                            <Show when={delivery.replayOf}> {t('replayed')}</Show>
                          </td>
                          <td data-testid="webhook-delivery-status">
                            {t(`deliveryStatus.${delivery.status}`)}
                            <Show when={delivery.status === 'PENDING' && delivery.nextAttemptAt}>{(at) => <span class="settings-hint"> · {t('nextRetry', formatDateTime(at()))}</span>}</Show>
                            <Show when={delivery.error}>{(error) => <div class="settings-hint webhook-error">{error()}</div>}</Show>
                          </td>
                          <td>
                            {delivery.statusCode ?? '—'}
                            <Show when={delivery.responseTimeMs != null}> · {t('ms', formatNumber(delivery.responseTimeMs ?? 0))}</Show>
                          </td>
                          <td>{formatNumber(delivery.attempts)}</td>
                          <td>{formatDateTime(delivery.createdAt)}</td>
                          <td>
                            <button type="button" class="btn btn-small btn-ghost" data-testid="webhook-replay" disabled={!endpoint.enabled || endpoints.busy()} onClick={() => void replay(delivery.id)}>
                              {t('replay')}
                            </button>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </For>
      </Show>
      <form class="settings-card settings-form webhook-form" data-testid="add-webhook" onSubmit={(event) => void create(event)}>
        <h3>{t('new')}</h3>
        <label>
          {t('url')}
          <input type="url" required value={url()} placeholder={t('urlPlaceholder')} data-testid="webhook-url" onInput={(event) => setUrl(event.currentTarget.value)} />
        </label>
        <label>
          {t('description')}
          <input value={description()} placeholder={t('descriptionPlaceholder')} maxLength={500} onInput={(event) => setDescription(event.currentTarget.value)} />
        </label>
        <fieldset class="webhook-events">
          <legend>{t('events')}</legend>
          <div class="settings-checks">
            <For each={eventTypes}>
              {(type) => (
                <label>
                  <input type="checkbox" checked={chosen().includes(type)} data-testid={`webhook-event-${type}`} onChange={(event) => toggle(type, event.currentTarget.checked)} />
                  {t(`eventType.${type}`)}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <div class="settings-actions">
          <button type="submit" class="btn btn-primary" disabled={endpoints.busy()} data-testid="webhook-create">
            {t('create')}
          </button>
        </div>
      </form>
    </div>
  );
};
