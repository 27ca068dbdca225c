import { createQuery } from '@urql/solid';
import { onCleanup, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createNow } from '../../ui/clock.ts';
import { DeliveryStatusQuery } from './delivery-status.query.ts';
import { layoutMessages } from './layout.messages.ts';

const POLL_MS = 30_000;

// Replies waiting longer than they should (a backlog, or no worker at all): operators see it, instead of "Queued"
// bubbles that never change. Asked every 30 s; the server decides what "delayed" is.
export const DeliveryBanner = () => {
  const t = useMessages(layoutMessages);
  const now = createNow(POLL_MS);
  const [status, refetch] = createQuery({ query: DeliveryStatusQuery, requestPolicy: 'network-only' });
  const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
  onCleanup(() => clearInterval(timer));
  const delayed = () => (status.data?.deliveryStatus.delayed ? status.data.deliveryStatus : null);
  const minutes = (since: string | null | undefined) => (since ? Math.max(1, Math.round((now() - Date.parse(since)) / 60_000)) : 0);
  return (
    <Show when={delayed()}>
      {(delivery) => (
        <div class="delivery-banner" role="status" data-testid="delivery-banner" data-workers={delivery().workers}>
          {t('delivery.delayed', delivery().queued, minutes(delivery().oldestQueuedAt))}{' '}
          {delivery().workers === 'OFFLINE' ? t('delivery.noWorker') : t('delivery.backlog')}
        </div>
      )}
    </Show>
  );
};
