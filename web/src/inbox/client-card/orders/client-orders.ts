import { createEffect, on, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { OrderItemFragment } from '../../../generated/supergraph/graphql.ts';
import type { GatewayClient } from '../../gateway/gateway-client.ts';
import { ClientOrdersQuery } from './client-orders.supergraph.ts';
import { OrderStatusChangedSubscription } from './order-status-changed.supergraph.ts';

export type OrdersStatus = 'loading' | 'ready' | 'unavailable';

/**
 * One client's orders through the gateway, kept live by `orderStatusChanged` and reloaded after the gateway's
 * socket came back. The gateway or the orders subgraph away is no error of the inbox's: the orders are "unavailable".
 */
export const createClientOrders = (gateway: GatewayClient, clientId: string) => {
  const [state, setState] = createStore({ status: 'loading' as OrdersStatus, orders: [] as OrderItemFragment[] });

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await gateway.client.query(ClientOrdersQuery, { clientId }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    // A subgraph that failed nulls the client (its orders are non-null): no orders to show, whatever the cause.
    const orders = result.data?.client?.orders;
    if (!orders) return setState({ status: 'unavailable', orders: [] });
    setState('orders', reconcile(orders, { key: 'id' }));
    setState('status', 'ready');
  };
  void load();
  createEffect(on(gateway.reconnects, () => void load(), { defer: true }));

  const changes = gateway.client.subscription(OrderStatusChangedSubscription, { clientId }).subscribe((result) => {
    const changed = result.data?.orderStatusChanged;
    if (changed) setState('orders', (order) => order.id === changed.id, changed);
  });
  onCleanup(() => changes.unsubscribe());

  return {
    status: () => state.status,
    orders: () => state.orders,
  };
};
