import { createSignal, For, Show } from 'solid-js';
import type { ChatMessageFragment, DeliveryFailure } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { formatDateTime, formatTime } from '../../ui/format.ts';
import { StatusIcon, statusTitle } from '../../ui/StatusIcon.tsx';
import type { MessageResult } from '../message-actions/message-actions.ts';
import { MessageEditor } from '../message-actions/MessageEditor.tsx';
import { MessageMenu, type MessageContext } from '../message-actions/MessageMenu.tsx';
import { MessageAttachments } from './attachments/MessageAttachments.tsx';
import { chatWindowMessages } from './chat-window.messages.ts';
import { scheduledMessages } from '../scheduled/scheduled.messages.ts';
import { ClockIcon } from '../../ui/icons.tsx';
import type { HitMark } from './dialog-search.ts';

const t = useMessages(chatWindowMessages);
const common = useMessages(commonMessages);
const ts = useMessages(scheduledMessages);

type Props = { message: ChatMessageFragment; continued: boolean; hit?: HitMark | undefined; context: MessageContext };

type Side = 'left' | 'right' | 'center';
const sideOf = (message: ChatMessageFragment): Side => {
  if (message.senderKind === 'SYSTEM') return 'center';
  if (message.senderKind === 'CLIENT' || message.direction === 'INBOUND') return 'left';
  return 'right';
};

const statusDetails = (message: ChatMessageFragment): string =>
  [
    statusTitle(message.status),
    message.sentAt && t('bubble.sent', { at: formatDateTime(message.sentAt) }),
    message.deliveredAt && t('bubble.delivered', { at: formatDateTime(message.deliveredAt) }),
    message.readAt && t('bubble.read', { at: formatDateTime(message.readAt) }),
  ]
    .filter(Boolean)
    .join('\n');

const authorLabel = (message: ChatMessageFragment): string | undefined => {
  if (message.senderKind === 'BOT') return t('bubble.bot');
  if (message.senderKind === 'OPERATOR') return message.author?.name ?? t('bubble.operator');
  return undefined;
};

export const MessageBubble = (props: Props) => {
  const side = () => sideOf(props.message);
  const [editing, setEditing] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<MessageResult>(null);
  const deleted = () => !!props.message.deletedAt;
  // Waiting for its due time, or cancelled before it: shown to operators only, without the message's menu.
  const pending = () => props.message.status === 'SCHEDULED';
  const cancelled = () => props.message.status === 'CANCELLED';
  const save = async (text: string) => {
    setBusy(true);
    const failure = await props.context.actions.edit(props.message.id, text);
    setBusy(false);
    setError(failure);
    if (!failure) setEditing(false);
  };
  return (
    <div
      class={`message message-${side()} sender-${props.message.senderKind}`}
      classList={{
        'is-continued': props.continued,
        'is-failed': props.message.status === 'FAILED',
        'is-deleted': deleted(),
        'is-pinned': props.message.pinned,
        'is-scheduled': pending(),
        'is-cancelled': cancelled(),
      }}
      data-testid="message"
      data-message-id={props.message.id}
      data-direction={props.message.direction}
      data-status={props.message.status}
      data-sender={props.message.senderKind}
      data-hit={props.hit}
      data-pinned={props.message.pinned}
      data-edited={!!props.message.editedAt}
      data-deleted={deleted()}
    >
      <Show
        when={side() !== 'center'}
        fallback={
          <div class="message-system">
            <span class="message-system-text">{props.message.text}</span>
            <time dateTime={props.message.createdAt}>{formatTime(props.message.createdAt)}</time>
          </div>
        }
      >
        <div class="bubble">
          <Show when={!props.continued && authorLabel(props.message)}>
            {(label) => <div class="bubble-author">{label()}</div>}
          </Show>
          <Show
            when={!editing()}
            fallback={<MessageEditor text={props.message.text} busy={busy()} onSave={(text) => void save(text)} onCancel={() => setEditing(false)} />}
          >
            <Show when={!deleted()}>
              <MessageAttachments files={props.message.attachments} />
            </Show>
            <Show when={deleted() || props.message.text}>
              <div class="bubble-text">{deleted() ? <em class="bubble-deleted">{t('bubble.deleted')}</em> : props.message.text}</div>
            </Show>
            <Show when={!deleted() && props.message.buttons.length > 0}>
              {/* What the client was offered: read-only here, the client presses them in their chat. */}
              <ul class="bubble-buttons" aria-label={t('bubble.buttons')} data-testid="message-buttons">
                <For each={props.message.buttons}>{(label) => <li class="bubble-button">{label}</li>}</For>
              </ul>
            </Show>
          </Show>
          <div class="bubble-meta">
            <Show when={props.message.pinned}>
              <span class="bubble-pinned" title={common('pinned')} aria-label={common('pinned')}>
                📌
              </span>
            </Show>
            <Show when={props.message.editedAt && !deleted()}>
              <span class="bubble-edited" data-testid="message-edited" title={formatDateTime(props.message.editedAt ?? '')}>
                {common('edited')}
              </span>
            </Show>
            <Show
              when={pending() || cancelled()}
              fallback={
                <time dateTime={props.message.createdAt} title={formatDateTime(props.message.createdAt)}>
                  {formatTime(props.message.createdAt)}
                </time>
              }
            >
              <time class="bubble-scheduled" data-testid="message-scheduled-for" dateTime={props.message.scheduledAt ?? props.message.createdAt}>
                <ClockIcon size={12} /> {pending() ? ts('bubble.scheduledFor', { at: formatDateTime(props.message.scheduledAt ?? props.message.createdAt) }) : ts('bubble.cancelled')}
              </time>
            </Show>
            <Show when={props.message.direction === 'OUTBOUND'}>
              <StatusIcon status={props.message.status} title={statusDetails(props.message)} />
            </Show>
          </div>
          <Show when={!deleted() && !editing() && !pending() && !cancelled()}>
            <MessageMenu message={props.message} context={props.context} onEdit={() => setEditing(true)} onResult={setError} />
          </Show>
        </div>
        <Show when={error()}>
          {(message) => (
            <div class="error-text message-action-error" role="alert" data-testid="message-action-error">
              {message()}
            </div>
          )}
        </Show>
        <Show when={props.message.status === 'FAILED'}>
          <div class="message-failure" role="status">
            {failureWords(props.message.failureCode, props.message.failureReason)}
          </div>
        </Show>
      </Show>
    </div>
  );
};

/** Why a message was not delivered: the code's own words, or the platform's (PLATFORM_ERROR and older messages). */
function failureWords(code: DeliveryFailure | null | undefined, reason: string | null | undefined) {
  if (code && code !== 'PLATFORM_ERROR') return t(`bubble.failure.${code}`);
  return reason ? t('bubble.notDeliveredBecause', { reason }) : t('bubble.notDelivered');
}
