import { For, Show } from 'solid-js';
import { createEditableQuery } from '../../shared/editable-query.ts';
import { CopyButton } from '../CopyButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { CreateChannelMutation } from './create-channel.mutation.ts';
import { RenameChannelMutation } from './rename-channel.mutation.ts';
import { SettingsChannelsQuery } from './settings-channels.query.ts';

// A floating button that opens the chat (served as /widget.js), or the chat itself in a frame of the page.
const scriptCode = (url: string, key: string) => `<script src="${url.slice(0, url.lastIndexOf('/widget/'))}/widget.js" data-channel="${key}" async></script>`;
const frameCode = (url: string) => `<iframe src="${url}" title="Chat" style="width: 380px; height: 560px; border: 0"></iframe>`;

// The project's channels: a web chat is connected here, with the code to put it on a website.
export const ChannelsSettings = () => {
  const channels = createEditableQuery(SettingsChannelsQuery, {});

  return (
    <div class="settings-section" data-testid="settings-channels">
      <h2>Channels</h2>
      <ErrorNote message={channels.error()} />
      <For each={channels.data()?.me.project.channels ?? []}>
        {(channel) => (
          <div class="settings-card" data-testid="channel-card" data-name={channel.name}>
            <div class="settings-card-head">
              <span class="settings-kind">{channel.kind === 'WEBCHAT' ? 'Web chat' : channel.kind}</span>
              <input class="settings-title-input" aria-label="Channel name" value={channel.name} maxLength={100}
                onChange={(event) =>
                  event.currentTarget.value.trim() !== channel.name &&
                  void channels.run(RenameChannelMutation, { input: { channelId: channel.id, name: event.currentTarget.value } }, (data) => data.renameChannel)
                } />
            </div>
            <Show when={channel.widgetUrl}>
              {(url) => (
                <>
                  <p class="settings-hint">
                    Widget: <a href={url()} target="_blank" rel="noopener">{url()}</a>. A chat button in the corner of every page of a site:
                  </p>
                  <div class="settings-code">
                    <code data-testid="embed-script">{scriptCode(url(), channel.publicKey)}</code>
                    <CopyButton text={scriptCode(url(), channel.publicKey)} />
                  </div>
                  <p class="settings-hint">Or the chat itself inside a page:</p>
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
      <NameForm label="New web chat" placeholder="Website chat" submit="Connect" busy={channels.busy()} testId="add-channel"
        onCreate={(name) => channels.run(CreateChannelMutation, { input: { kind: 'WEBCHAT', name } }, (data) => data.createChannel)} />
      <p class="settings-hint">Telegram, WhatsApp, VK and e-mail come with their drivers.</p>
    </div>
  );
};
