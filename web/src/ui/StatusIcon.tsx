import { Match, Switch } from 'solid-js';
import type { MessageStatus } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from './common.messages.ts';

const t = useMessages(commonMessages);
export const statusTitle = (status: MessageStatus): string => t(`messageStatus.${status}`);

// Messenger-style ticks: calendar (scheduled), clock (queued), struck circle (cancelled), one tick (sent), two ticks (delivered), blue ticks (read), red mark (failed).
export const StatusIcon = (props: { status: MessageStatus; title?: string }) => (
  <span class={`status-icon status-icon-${props.status}`} title={props.title ?? statusTitle(props.status)} aria-label={statusTitle(props.status)}>
    <svg viewBox="0 0 16 16" width="15" height="15" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <Switch>
        <Match when={props.status === 'QUEUED'}>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M8 5v3.2l2 1.3" />
        </Match>
        <Match when={props.status === 'SENT'}>
          <path d="m3.5 8.5 3 3 6-7" />
        </Match>
        <Match when={props.status === 'DELIVERED' || props.status === 'READ'}>
          <path d="m1.5 8.5 3 3 6-7" />
          <path d="m7.5 11.5 6-7" />
        </Match>
        <Match when={props.status === 'SCHEDULED'}>
          <rect x="2.5" y="3.5" width="11" height="10" rx="1.5" />
          <path d="M2.5 6.5h11M5.5 2v3M10.5 2v3M8 8.5v2h1.5" />
        </Match>
        <Match when={props.status === 'CANCELLED'}>
          <circle cx="8" cy="8" r="5.5" />
          <path d="m4.2 11.8 7.6-7.6" />
        </Match>
        <Match when={props.status === 'FAILED'}>
          <circle cx="8" cy="8" r="6" fill="currentColor" stroke="none" />
          <path d="M8 4.8v3.6" stroke="#fff" />
          <path d="M8 11h.01" stroke="#fff" stroke-width="2" />
        </Match>
      </Switch>
    </svg>
  </span>
);
