import { createQuery } from '@urql/solid';
import { For, Match, Show, Switch } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../ui/format.ts';
import { useGateway, type GatewayClient } from '../../gateway/gateway-client.ts';
import { MeQuery } from '../../layout/me.query.ts';
import { createClientOrders } from './client-orders.ts';
import './orders.css';
import { ordersMessages } from './orders.messages.ts';

const Orders = (props: { gateway: GatewayClient; clientId: string }) => {
  const t = useMessages(ordersMessages);
  const orders = createClientOrders(props.gateway, props.clientId);
  return (
    <section class="card-section client-orders" data-testid="client-orders" aria-label={t('title')}>
      <h3>{t('title')}</h3>
      <Switch>
        <Match when={orders.status() === 'loading'}>
          <span class="spinner" />
        </Match>
        <Match when={orders.status() === 'unavailable'}>
          <div class="card-missing" data-testid="orders-unavailable">
            {t('unavailable')}
          </div>
        </Match>
        <Match when={orders.status() === 'ready'}>
          <ul class="order-list">
            <For each={orders.orders()} fallback={<li class="card-missing">{t('none')}</li>}>
              {(order) => (
                <li class="order-row" data-testid="order-row">
                  <span class="order-number">{order.number}</span>
                  <time class="order-date" dateTime={order.createdAt} title={formatDateTime(order.createdAt)}>
                    {formatDate(order.createdAt)}
                  </time>
                  <span class="order-total" data-testid="order-total">
                    {formatNumber(order.total, { style: 'currency', currency: order.currency })}
                  </span>
                  <span class={`order-status order-status-${order.status}`} data-testid="order-status">
                    {t(`status.${order.status}`)}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
};

// The client card's "Orders": only when the api names a gateway in front of it (`me`'s query asks where), whose
// supergraph joins the shop's orders to the client. Without one, nothing at all.
export const OrdersSection = (props: { clientId: string }) => {
  const [me] = createQuery({ query: MeQuery });
  const gateway = useGateway();
  return (
    <Show when={me.data?.gateway?.url} keyed>
      {(url) => <Orders gateway={gateway.at(url)} clientId={props.clientId} />}
    </Show>
  );
};
