import { createSignal, For, Show } from 'solid-js';
import type { NotificationFragment } from '../../generated/graphql.ts';
import { createNow } from '../../ui/clock.ts';
import { relativeTime } from '../../ui/format.ts';
import { selectConversation } from '../selection.ts';
import { createNotifications } from './notifications.ts';
import { notificationMessages } from './notifications.messages.ts';
import { useMessages } from '../../i18n/messages.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';

const BellIcon = () => (
  <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" aria-hidden="true">
    <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15z" stroke-linejoin="round" />
    <path d="M10 20.5a2 2 0 0 0 4 0" stroke-linecap="round" />
  </svg>
);

const t = useMessages(notificationMessages);

const describe = (notification: NotificationFragment) => {
  if (notification.kind === 'TASK_DUE') {
    const task = notification.task;
    return task ? t('taskDue', task.title, task.client.name) : t('taskGone');
  }
  if (notification.kind === 'WEBHOOK_DISABLED') return notification.webhookEndpoint ? t('webhookDisabled', notification.webhookEndpoint.url) : t('webhookGone');
  return t('mentioned', notification.actor?.name ?? t('someone'), notification.conversation?.client.name ?? '');
};

// The header's bell: the unread count, and a dropdown of the latest notifications.
export const NotificationBell = () => {
  const notifications = createNotifications();
  const now = createNow(60_000);
  const [open, setOpen] = createSignal(false);
  let root!: HTMLDivElement;

  dismissOnOutside(() => root, () => setOpen(false));

  const openOne = (notification: NotificationFragment) => {
    setOpen(false);
    // A task's notification opens the client's latest conversation, where its card lists the task.
    if (notification.conversation) selectConversation(notification.conversation.id);
    if (!notification.read) void notifications.markRead([notification.id]);
  };

  return (
    <div class="notifications" ref={root}>
      <button
        type="button"
        class="btn btn-small btn-ghost notification-bell"
        data-testid="notification-bell"
        aria-label={t('bell', notifications.unread())}
        aria-expanded={open()}
        aria-haspopup="dialog"
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        <Show when={notifications.unread() > 0}>
          <span class="notification-count" data-testid="notification-count">
            {notifications.unread() > 99 ? '99+' : notifications.unread()}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <div class="notification-popover" role="dialog" aria-label={t('title')} data-testid="notification-list">
          <div class="notification-popover-head">
            <span>{t('title')}</span>
            <button
              class="link-button"
              data-testid="notifications-mark-all-read"
              disabled={notifications.unread() === 0}
              onClick={() => void notifications.markRead(null)}
            >
              {t('markAllRead')}
            </button>
          </div>
          <Show when={notifications.error()}>{(message) => <div class="error-text notification-note">{message()}</div>}</Show>
          <ul class="notification-items">
            <For each={notifications.items} fallback={<li class="notification-note">{t('empty')}</li>}>
              {(notification) => (
                <li>
                  <button
                    class="notification-item"
                    classList={{ 'is-unread': !notification.read }}
                    data-testid="notification-item"
                    data-notification-id={notification.id}
                    data-kind={notification.kind}
                    onClick={() => openOne(notification)}
                  >
                    <span class="notification-item-top">
                      <span class="notification-item-title">{describe(notification)}</span>
                      <time dateTime={notification.createdAt}>{relativeTime(notification.createdAt, now())}</time>
                    </span>
                    <Show when={notification.comment?.text}>{(text) => <span class="notification-item-text">{text()}</span>}</Show>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
};
