import { useClient } from '@urql/solid';
import { For } from 'solid-js';
import type { ChannelKind } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { selectConversation } from '../selection.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import { OpenClientChannelMutation } from './open-client-channel.mutation.ts';

type Identity = { id: string; platformId: string; channel: { id: string; name: string; kind: ChannelKind } };

/**
 * The client's channels, for a client on several (Telegram and e-mail, say): choosing one opens the conversation
 * there (made if there is none yet), and the reply goes out on it.
 */
export const ChannelSwitch = (props: { identities: readonly Identity[]; currentChannelId: string }) => {
  const t = useMessages(chatWindowMessages);
  const urql = useClient();
  const open = async (clientChannelId: string) => {
    const result = await urql.mutation(OpenClientChannelMutation, { input: { clientChannelId } }).toPromise();
    const id = result.data?.openClientChannel.conversation?.id;
    if (id) selectConversation(id);
  };
  return (
    <select
      class="chat-window-channel-switch"
      data-testid="channel-switch"
      aria-label={t('switchChannel')}
      value={props.identities.find((identity) => identity.channel.id === props.currentChannelId)?.id}
      onChange={(event) => void open(event.currentTarget.value)}
    >
      <For each={props.identities}>{(identity) => <option value={identity.id}>{identity.channel.name}</option>}</For>
    </select>
  );
};
