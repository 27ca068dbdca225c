import { createSignal, For, Show } from 'solid-js';
import type { ChannelStatus } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { channelMessages, settingLabel } from './channels.messages.ts';

type Messenger = {
  id: string;
  status: ChannelStatus;
  webhookUrl?: string | null;
  settings: readonly { name: string; value?: string | null }[];
  health: { connectedAt?: string | null; lastInboundAt?: string | null; lastError?: string | null; lastErrorAt?: string | null };
};

/** A messenger channel's card body: its health, settings and webhook address, and what can be done with it. */
export const MessengerChannel = (props: {
  channel: Messenger;
  busy: boolean;
  /** The test message just went out (kept by the page: the card is drawn anew after each change). */
  tested: boolean;
  onPause: (paused: boolean) => void;
  onDisconnect: () => void;
  onTest: (to: string) => void;
}) => {
  const t = useMessages(channelMessages);
  const [to, setTo] = createSignal('');
  const health = () => props.channel.health;
  return (
    <>
      <p class="settings-hint" data-testid="channel-health">
        <span class={`settings-status settings-status-${props.channel.status.toLowerCase()}`}>{t(`status.${props.channel.status}`)}</span>{' '}
        {/* Plain expressions, not Show's function children (those are untracked): they follow a change of language. */}
        {health().connectedAt ? t('connectedAt', { at: formatDateTime(health().connectedAt!) }) : t('neverConnected')}
        {' · '}
        {health().lastInboundAt ? t('lastInboundAt', { at: formatDateTime(health().lastInboundAt!) }) : t('noInbound')}
      </p>
      <Show when={health().lastError}>
        <p class="settings-error" role="status" data-testid="channel-last-error">
          {t('lastError', { at: health().lastErrorAt ? formatDateTime(health().lastErrorAt!) : '' })} {health().lastError}
        </p>
      </Show>
      <Show when={props.channel.settings.length}>
        <dl class="settings-facts">
          <For each={props.channel.settings}>
            {(setting) => (
              <>
                <dt>{settingLabel(t, setting.name)}</dt>
                <dd data-testid={`channel-setting-${setting.name}`}>{setting.value ?? '—'}</dd>
              </>
            )}
          </For>
        </dl>
      </Show>
      <Show when={props.channel.webhookUrl}>
        {(url) => (
          <>
            <p class="settings-hint">{t('webhook')}</p>
            <div class="settings-code">
              <code data-testid="channel-webhook">{url()}</code>
              <CopyButton text={url()} />
            </div>
          </>
        )}
      </Show>
      <Show when={props.channel.status !== 'DISCONNECTED'}>
        <form
          class="settings-inline settings-test"
          onSubmit={(event) => {
            event.preventDefault();
            props.onTest(to());
          }}
        >
          <input data-testid="channel-test-to" placeholder={t('testTo')} aria-label={t('testTo')} value={to()} onInput={(event) => setTo(event.currentTarget.value)} />
          <button type="submit" class="btn btn-small" data-testid="channel-test" disabled={props.busy || props.channel.status !== 'ACTIVE'}>
            {t('test')}
          </button>
          <Show when={props.tested}>
            <span class="settings-hint" role="status" data-testid="channel-test-sent">
              {t('testSent')}
            </span>
          </Show>
        </form>
        <div class="settings-actions">
          <button type="button" class="btn btn-small" data-testid="channel-pause" disabled={props.busy} onClick={() => props.onPause(props.channel.status === 'ACTIVE')}>
            {props.channel.status === 'ACTIVE' ? t('pause') : t('resume')}
          </button>
          <ConfirmButton label={t('disconnect')} warning={t('disconnectWarning')} testId="channel-disconnect" disabled={props.busy} onConfirm={props.onDisconnect} />
        </div>
      </Show>
    </>
  );
};
