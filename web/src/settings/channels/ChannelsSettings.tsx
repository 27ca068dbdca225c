import { createSignal, For, Show } from 'solid-js';
import type { Locale, PreChatField } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { createEditableQuery } from '../../shared/editable-query.ts';
import { CopyButton } from '../CopyButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { CreateChannelMutation } from './create-channel.mutation.ts';
import { channelMessages, kindLabel } from './channels.messages.ts';
import { RenameChannelMutation } from './rename-channel.mutation.ts';
import { SetChannelLocaleMutation } from './set-channel-locale.mutation.ts';
import { SetChannelPreChatMutation } from './set-channel-pre-chat.mutation.ts';
import { SettingsChannelsQuery } from './settings-channels.query.ts';
import { DisconnectChannelMutation, PauseChannelMutation, ResumeChannelMutation, TestChannelMutation } from './channel-status.mutations.ts';
import { ConnectMessengerForm } from './ConnectMessengerForm.tsx';
import { MessengerChannel } from './MessengerChannel.tsx';

const PRE_CHAT_FIELDS: readonly PreChatField[] = ['NAME', 'EMAIL', 'PHONE'];

// A floating button that opens the chat (served as /widget.js), or the chat itself in a frame of the page.
const scriptCode = (url: string, key: string) => `<script src="${url.slice(0, url.lastIndexOf('/widget/'))}/widget.js" data-channel="${key}" async></script>`;
const frameCode = (url: string) => `<iframe src="${url}" title="Chat" style="width: 380px; height: 560px; border: 0"></iframe>`;

// The project's channels: a web chat is connected here, with the code to put it on a website, and the messengers
// with their credentials, health and webhook address.
export const ChannelsSettings = () => {
  const t = useMessages(channelMessages);
  const app = useMessages(appMessages);
  const channels = createEditableQuery(SettingsChannelsQuery, {});
  const [tested, setTested] = createSignal<string | null>(null);

  return (
    <div class="settings-section" data-testid="settings-channels">
      <h2>{t('title')}</h2>
      <ErrorNote message={channels.error()} />
      <For each={channels.data()?.me.project.channels ?? []}>
        {(channel) => (
          <div class="settings-card" data-testid="channel-card" data-name={channel.name}>
            <div class="settings-card-head">
              <span class="settings-kind">{kindLabel(t, channel.kind)}</span>
              <input class="settings-title-input" aria-label={t('name')} value={channel.name} maxLength={100}
                onChange={(event) =>
                  event.currentTarget.value.trim() !== channel.name &&
                  void channels.run(RenameChannelMutation, { input: { channelId: channel.id, name: event.currentTarget.value } }, (data) => data.renameChannel)
                } />
            </div>
            <Show when={channel.kind !== 'WEBCHAT'}>
              <MessengerChannel
                channel={channel}
                busy={channels.busy()}
                onPause={(paused) =>
                  paused
                    ? void channels.run(PauseChannelMutation, { input: { channelId: channel.id } }, (data) => data.pauseChannel)
                    : void channels.run(ResumeChannelMutation, { input: { channelId: channel.id } }, (data) => data.resumeChannel)
                }
                onDisconnect={() => void channels.run(DisconnectChannelMutation, { input: { channelId: channel.id } }, (data) => data.disconnectChannel)}
                tested={tested() === channel.id}
                onTest={async (to) => {
                  setTested(null);
                  const result = await channels.run(TestChannelMutation, { input: { channelId: channel.id, to: to.trim() || null } }, (data) => data.testChannel);
                  if (result?.sent) setTested(channel.id);
                }}
              />
            </Show>
            <Show when={channel.kind === 'WEBCHAT'}>
            <label class="settings-inline">
              {t('language')}
              <select
                data-testid="channel-locale"
                value={channel.locale ?? ''}
                onChange={(event) =>
                  void channels.run(
                    SetChannelLocaleMutation,
                    { input: { channelId: channel.id, locale: (event.currentTarget.value || null) as Locale | null } },
                    (data) => data.setChannelLocale,
                  )
                }
              >
                <option value="">{t('visitorLanguage')}</option>
                <option value="EN">{app('language.EN')}</option>
                <option value="RU">{app('language.RU')}</option>
              </select>
            </label>
            <fieldset class="settings-checks" data-testid="channel-pre-chat">
              <legend>{t('preChat')}</legend>
              <For each={PRE_CHAT_FIELDS}>
                {(field) => (
                  <label>
                    <input
                      type="checkbox"
                      data-testid={`channel-pre-chat-${field}`}
                      checked={channel.preChatFields.includes(field)}
                      disabled={channels.busy()}
                      onChange={(event) => {
                        const fields = PRE_CHAT_FIELDS.filter((f) => (f === field ? event.currentTarget.checked : channel.preChatFields.includes(f)));
                        void channels.run(SetChannelPreChatMutation, { input: { channelId: channel.id, fields } }, (data) => data.setChannelPreChat);
                      }}
                    />
                    {t(`preChatField.${field}`)}
                  </label>
                )}
              </For>
            </fieldset>
            </Show>
            <Show when={channel.widgetUrl}>
              {(url) => (
                <>
                  <p class="settings-hint">
                    {t('widget')} <a href={url()} target="_blank" rel="noopener">{url()}</a>. {t('widgetButton')}
                  </p>
                  <div class="settings-code">
                    <code data-testid="embed-script">{scriptCode(url(), channel.publicKey)}</code>
                    <CopyButton text={scriptCode(url(), channel.publicKey)} />
                  </div>
                  <p class="settings-hint">{t('widgetFrame')}</p>
                  <div class="settings-code">
                    <code data-testid="embed-code">{frameCode(url())}</code>
                    <CopyButton text={frameCode(url())} />
                  </div>
                </>
              )}
            </Show>
          </div>
        )}
      </For>
      <NameForm label={t('newChat')} placeholder={t('newChatPlaceholder')} submit={t('connect')} busy={channels.busy()} testId="add-channel"
        onCreate={(name) => channels.run(CreateChannelMutation, { input: { kind: 'WEBCHAT', name } }, (data) => data.createChannel)} />
      <ConnectMessengerForm
        kinds={channels.data()?.channelKinds ?? []}
        busy={channels.busy()}
        onConnect={async (kind, fields) => Boolean((await channels.run(CreateChannelMutation, { input: { kind, fields } }, (data) => data.createChannel))?.channel)}
      />
    </div>
  );
};
