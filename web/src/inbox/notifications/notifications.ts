import { createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createSignal, on } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { NotificationFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { plain } from '../../shared/plain.ts';
import { failureText } from '../../shared/refusal-text.ts';
import { notificationMessages } from './notifications.messages.ts';
import { useLive } from '../live-context.ts';
import { MarkNotificationsReadMutation } from './mark-notifications-read.mutation.ts';
import { NotificationAddedSubscription } from './notification-added.subscription.ts';
import { NotificationsQuery } from './notifications.query.ts';

const SHOWN = 30;

/**
 * The signed-in operator's notifications (newest first) and unread count: loaded once, then kept live by
 * notificationAdded; reloaded after a reconnect, when some may have been missed.
 */
export const createNotifications = () => {
  const client = useClient();
  const live = useLive();
  const [state, setState] = createStore<{ items: NotificationFragment[] }>({ items: [] });
  const [unread, setUnread] = createSignal(0);
  const [error, setError] = createSignal<string | null>(null);

  const load = async () => {
    const result = await client.query(NotificationsQuery, { first: SHOWN }, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) return setError(failureText(result.error, useMessages(notificationMessages)('notLoaded')));
    const data = result.data;
    batch(() => {
      setError(null);
      setState('items', reconcile(plain(data.notifications.edges.map((edge) => edge.node))));
      setUnread(data.unreadNotificationCount);
    });
  };
  void load();
  createEffect(on(live.resyncs, (count) => count > 0 && void load(), { defer: true }));

  createSubscription({ query: NotificationAddedSubscription }, (_previous, data) => {
    const added = plain(data.notificationAdded);
    if (state.items.some((item) => item.id === added.id)) return data;
    batch(() => {
      setState('items', (items) => [added, ...items].slice(0, SHOWN));
      if (!added.read) setUnread((count) => count + 1);
    });
    return data;
  });

  // ids null marks all read. Shown read at once; the server's count follows.
  const markRead = async (ids: string[] | null) => {
    const marked = (id: string) => ids === null || ids.includes(id);
    batch(() => {
      const newlyRead = state.items.filter((item) => !item.read && marked(item.id)).length;
      setState('items', (item) => marked(item.id), 'read', true);
      setUnread((count) => (ids === null ? 0 : Math.max(0, count - newlyRead)));
    });
    const result = await client.mutation(MarkNotificationsReadMutation, { input: { notificationIds: ids } }).toPromise();
    const count = result.data?.markNotificationsRead.unreadCount;
    if (typeof count === 'number') setUnread(count);
  };

  return {
    get items() {
      return state.items;
    },
    unread,
    error,
    markRead,
  };
};

export type Notifications = ReturnType<typeof createNotifications>;
