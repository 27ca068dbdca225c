import { Switch, Match } from 'solid-js';
import type { ChannelKind } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from './common.messages.ts';

type Props = { kind: ChannelKind; size?: number; title?: string };

export const ChannelIcon = (props: Props) => {
  const t = useMessages(commonMessages);
  const size = () => props.size ?? 16;
  return (
    <span
      class={`channel-icon channel-icon-${props.kind}`}
      style={{ width: `${size()}px`, height: `${size()}px` }}
      title={props.title ?? t(`channels.${props.kind}`)}
      aria-label={props.title ?? t(`channels.${props.kind}`)}
    >
      <svg viewBox="0 0 16 16" width={size() * 0.62} height={size() * 0.62} fill="currentColor" aria-hidden="true">
        <Switch>
          <Match when={props.kind === 'TELEGRAM'}>
            <path d="M14.6 2.2 1.7 7.2c-.9.3-.9.9 0 1.1l3.3 1 1.3 4c.2.4.4.5.8.2l1.9-1.6 3.4 2.5c.6.3 1 .2 1.2-.6l2.2-10.4c.2-1-.4-1.4-1.2-1.2ZM6.3 9.6l5.9-5.2-4.6 5.9-.2 2.2-1.1-2.9Z" />
          </Match>
          <Match when={props.kind === 'WHATSAPP'}>
            <path d="M8 1.3a6.6 6.6 0 0 0-5.7 10l-.9 3.4 3.5-.9A6.6 6.6 0 1 0 8 1.3Zm3.6 9.2c-.2.4-.9.8-1.3.8-.3.1-.7.1-1.2 0a9 9 0 0 1-4.2-3.6c-.4-.6-.7-1.2-.6-1.9 0-.6.4-1 .6-1.2.1-.2.4-.2.5-.2h.4c.1 0 .3 0 .4.3l.6 1.4c0 .1.1.2 0 .4l-.4.6c-.1.1-.2.2 0 .4.5.9 1.3 1.6 2.3 2 .2.1.3.1.4 0l.6-.8c.1-.2.3-.2.4-.1l1.4.7c.2.1.3.1.3.2.1.2.1.6-.1 1Z" />
          </Match>
          <Match when={props.kind === 'VK'}>
            <path d="M8.7 12.3C3.9 12.3 1.2 9 1 3.7h2.4c.1 3.9 1.8 5.5 3.2 5.9V3.7h2.3v3.3c1.4-.1 2.8-1.7 3.3-3.3h2.2a6.6 6.6 0 0 1-3 4.2 6.9 6.9 0 0 1 3.6 4.4h-2.5a4.2 4.2 0 0 0-3.6-3.1v3.1h-.2Z" />
          </Match>
          <Match when={props.kind === 'EMAIL'}>
            <path d="M2 3.5h12c.6 0 1 .4 1 1v7c0 .6-.4 1-1 1H2a1 1 0 0 1-1-1v-7c0-.6.4-1 1-1Zm.6 1.6v.3L8 9l5.4-3.6v-.3H2.6Z" />
          </Match>
          <Match when={props.kind === 'WEBCHAT'}>
            <path d="M3 2h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7l-3.5 2.6V12H3a2 2 0 0 1-2-2V4c0-1.1.9-2 2-2Z" />
          </Match>
        </Switch>
      </svg>
    </span>
  );
};
