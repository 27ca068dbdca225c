import { createQuery } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import type { ChatMessageFragment, ConversationListItemFragment } from '../../generated/graphql.ts';
import { dismissOnOutside } from '../../ui/dismiss.ts';
import type { MessageActions, MessageResult } from './message-actions.ts';
import { MessagePermissionsQuery } from './message-permissions.query.ts';
import { messageActionMessages } from './message-actions.messages.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';

export type ClientChannel = ConversationListItemFragment['client']['channels'][number];

// What a bubble needs for its actions: the actions, and the client's other channels.
export type MessageContext = { actions: MessageActions; forwardTo: readonly ClientChannel[] };

type Props = {
  message: ChatMessageFragment;
  context: MessageContext;
  onEdit: () => void;
  onResult: (result: MessageResult) => void;
};

const Popover = (props: Props & { onClose: () => void }) => {
  let root!: HTMLDivElement;
  const t = useMessages(messageActionMessages);
  const common = useMessages(commonMessages);
  const [forwarding, setForwarding] = createSignal(false);
  const m = () => props.message;
  // Edit and Delete show once the server has said the caller may.
  const [permissions] = createQuery({ query: MessagePermissionsQuery, variables: () => ({ id: m().id }), requestPolicy: 'network-only' });
  const can = (action: 'viewerCanEdit' | 'viewerCanDelete') => {
    const node = permissions.data?.node;
    return node?.__typename === 'Message' && node[action];
  };
  dismissOnOutside(() => root, props.onClose);
  const run = async (action: () => Promise<MessageResult>) => {
    props.onClose();
    props.onResult(await action());
  };
  return (
    <div class="message-menu-popover" ref={root} role="menu">
      <button type="button" role="menuitem" data-testid="message-pin" onClick={() => void run(() => props.context.actions.pin(m().id, !m().pinned))}>
        {m().pinned ? common('unpin') : common('pin')}
      </button>
      <Show when={can('viewerCanEdit')}>
        <button
          type="button"
          role="menuitem"
          data-testid="message-edit"
          onClick={() => {
            props.onClose();
            props.onEdit();
          }}
        >
          {common('edit')}
        </button>
      </Show>
      <Show when={props.context.forwardTo.length > 0}>
        <button type="button" role="menuitem" data-testid="message-forward" aria-expanded={forwarding()} onClick={() => setForwarding(!forwarding())}>
          {t('forward')}
        </button>
        <Show when={forwarding()}>
          <For each={props.context.forwardTo}>
            {(target) => (
              <button
                type="button"
                role="menuitem"
                class="message-menu-sub"
                data-testid="message-forward-target"
                onClick={() => {
                  // Into an e-mail thread the copy needs a subject (seed 000: "forward to e-mail with a subject").
                  const subject = target.channel.kind === 'EMAIL' ? prompt(t('forwardSubject')) : undefined;
                  if (subject !== null) void run(() => props.context.actions.forward(m().id, target.id, subject));
                }}
              >
                {target.channel.name} · {target.platformId}
              </button>
            )}
          </For>
        </Show>
      </Show>
      <Show when={can('viewerCanDelete')}>
        <button
          type="button"
          role="menuitem"
          class="is-danger"
          data-testid="message-delete"
          onClick={() => confirm(t('confirmDelete')) && void run(() => props.context.actions.remove(m().id))}
        >
          {common('delete')}
        </button>
      </Show>
    </div>
  );
};

// The "⋯" menu of a message bubble, shown on hover or focus.
export const MessageMenu = (props: Props) => {
  const t = useMessages(messageActionMessages);
  const [open, setOpen] = createSignal(false);
  return (
    <div class="message-menu" classList={{ 'is-open': open() }}>
      <button
        type="button"
        class="message-menu-toggle"
        data-testid="message-menu"
        aria-label={t('menu')}
        aria-haspopup="menu"
        aria-expanded={open()}
        onMouseDown={(event) => open() && event.stopPropagation()}
        onClick={() => setOpen(!open())}
      >
        ⋯
      </button>
      <Show when={open()}>
        <Popover {...props} onClose={() => setOpen(false)} />
      </Show>
    </div>
  );
};
