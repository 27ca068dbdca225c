import { Match, Show, Switch } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { publicKeyFromLocation } from './visitor-token.ts';
import { widgetMessages } from './widget.messages.ts';
import { createWidgetSession } from './widget-session.ts';
import { WidgetChat } from './WidgetChat.tsx';

const t = useMessages(widgetMessages);

const Unavailable = (props: { reason: string }) => (
  <div class="widget widget-unavailable">
    <div class="empty-state">
      <span class="empty-state-title">{t('unavailable')}</span>
      <span>{props.reason}</span>
    </div>
  </div>
);

const Session = (props: { publicKey: string }) => {
  const visitorName = new URLSearchParams(location.search).get('name') ?? undefined;
  const session = createWidgetSession(props.publicKey, visitorName);
  const unavailable = () => {
    const phase = session.phase();
    return phase.kind === 'unavailable' ? phase.reason : null;
  };
  return (
    <Switch>
      <Match when={session.phase().kind === 'starting'}>
        <div class="widget">
          <div class="empty-state">
            <span class="spinner" />
          </div>
        </div>
      </Match>
      <Match when={session.phase().kind === 'ready'}>
        <WidgetChat session={session} />
      </Match>
      <Match when={unavailable()}>{(reason) => <Unavailable reason={reason()} />}</Match>
    </Switch>
  );
};

export const WidgetApp = () => {
  const publicKey = publicKeyFromLocation();
  return (
    <Show when={publicKey} fallback={<Unavailable reason={t('incomplete')} />}>
      {(key) => <Session publicKey={key()} />}
    </Show>
  );
};
