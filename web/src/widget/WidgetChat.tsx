import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { WidgetChatMessageFragment } from '../generated/graphql.ts';
import type { ConnectionState } from '../shared/realtime.ts';
import { useMessages } from '../i18n/messages.ts';
import { formatTime } from '../ui/format.ts';
import { widgetMessages } from './widget.messages.ts';
import type { PendingMessage, WidgetSession } from './widget-session.ts';
import { WidgetAttachButton, WidgetAttachments } from './WidgetAttachments.tsx';
import { WidgetPreChat } from './WidgetPreChat.tsx';
import { WidgetQuickReplies } from './WidgetQuickReplies.tsx';
import { offeredButtons } from './quick-replies.ts';

const MAX_INPUT_HEIGHT_PX = 120;
const t = useMessages(widgetMessages);

type Offer = { buttons: readonly string[]; onPress: (label: string) => void };

const Bubble = (props: { message: WidgetChatMessageFragment; offer: Offer | null }) => {
  const mine = () => props.message.direction === 'INBOUND';
  return (
    <Show
      when={props.message.senderKind !== 'SYSTEM'}
      fallback={
        <div class="w-message w-system" data-testid="widget-message" data-direction={props.message.direction}>
          {props.message.text}
        </div>
      }
    >
      <div
        class="w-message"
        classList={{ 'w-mine': mine(), 'w-theirs': !mine() }}
        data-testid="widget-message"
        data-direction={props.message.direction}
        data-message-id={props.message.id}
      >
        <Show when={!mine()}>
          <div class="w-author">{props.message.authorName ?? (props.message.senderKind === 'BOT' ? t('assistant') : t('support'))}</div>
        </Show>
        <div class="w-bubble">
          <WidgetAttachments files={props.message.attachments} />
          <span class="w-text">{props.message.text}</span>
          <time class="w-time" dateTime={props.message.createdAt}>
            {formatTime(props.message.createdAt)}
          </time>
        </div>
        <Show when={props.offer}>{(offer) => <WidgetQuickReplies buttons={offer().buttons} onPress={offer().onPress} />}</Show>
      </div>
    </Show>
  );
};

const pendingNote = (state: PendingMessage['state']) => (state === 'sending' ? t('sending') : state === 'waiting' ? t('waiting') : '');

// The socket's state as the visitor reads it: live only while replies can arrive.
const connectionNote = (state: ConnectionState) => t(`connection.${state}`);

const PendingBubble = (props: { pending: PendingMessage; onRetry: () => void }) => (
  <div
    class="w-message w-mine w-pending"
    classList={{ 'is-failed': props.pending.state === 'failed' }}
    data-testid="widget-message"
    data-direction="INBOUND"
    data-pending={props.pending.state}
  >
    <div class="w-bubble">
      <span class="w-text">{props.pending.text}</span>
      <span class="w-time">{pendingNote(props.pending.state)}</span>
    </div>
    <Show when={props.pending.state === 'failed'}>
      <div class="w-failed">
        {props.pending.error ?? t('notSent')}{' '}
        <button type="button" class="w-retry" onClick={() => props.onRetry()}>
          {t('retry')}
        </button>
      </div>
    </Show>
  </div>
);

export const WidgetChat = (props: { session: WidgetSession }) => {
  const [text, setText] = createSignal('');
  let scroller!: HTMLDivElement;
  let input!: HTMLTextAreaElement;

  const autosize = () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT_PX)}px`;
  };

  const submit = () => {
    const body = text().trim();
    if (!body) return;
    props.session.send(body);
    setText('');
    autosize();
    input.focus();
  };

  // A press answers like a typed message: through the outbox, so it is stored once and reaches a waiting process.
  const offered = () => offeredButtons(props.session.messages, props.session.pending.length);
  const press = (label: string) => {
    props.session.send(label);
    input.focus();
  };

  // The widget is small: always follow the newest message.
  createEffect(
    on(
      () => props.session.messages.length + props.session.pending.length,
      () => queueMicrotask(() => (scroller.scrollTop = scroller.scrollHeight)),
    ),
  );

  return (
    <div class="widget">
      <header class="w-header">
        <div class="w-header-avatar" aria-hidden="true">
          {Array.from(props.session.channelName())[0]?.toUpperCase() ?? '?'}
        </div>
        <div class="w-header-text">
          <div class="w-header-title" data-testid="widget-channel-name">
            {props.session.channelName()}
          </div>
          <div class="w-header-sub" data-testid="widget-connection" data-state={props.session.connection()} role="status">
            <span class="w-dot" classList={{ 'is-live': props.session.connection() === 'connected' }} />
            {connectionNote(props.session.connection())}
          </div>
        </div>
      </header>
      <Show when={props.session.preChat().length === 0} fallback={<div class="w-scroll"><WidgetPreChat session={props.session} /></div>}>
        <div class="w-scroll" ref={scroller}>
          <div class="w-messages" data-testid="widget-messages" aria-live="polite">
            <Show when={props.session.messages.length === 0 && props.session.pending.length === 0}>
              <div class="w-empty">
                <div class="w-empty-title">{t('hello')}</div>
                <div>{t('helloHint')}</div>
              </div>
            </Show>
            <For each={props.session.messages}>
              {(message) => <Bubble message={message} offer={offered()?.messageId === message.id ? { buttons: offered()!.buttons, onPress: press } : null} />}
            </For>
            <For each={props.session.pending}>
              {(pending) => <PendingBubble pending={pending} onRetry={() => props.session.retry(pending.clientMessageId)} />}
            </For>
          </div>
        </div>
        <form
          class="w-composer"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <WidgetAttachButton onFile={(file) => props.session.sendFile(file)} />
          <textarea
            ref={input}
            class="w-input"
            data-testid="widget-input"
            rows={1}
            placeholder={t('placeholder')}
            aria-label={t('message')}
            value={text()}
            onInput={(event) => {
              setText(event.currentTarget.value);
              autosize();
            }}
            onKeyDown={(event) => {
              // Enter sends, Shift+Enter is a newline; never send in the middle of an IME composition.
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                submit();
              }
            }}
          />
          <button class="w-send" type="submit" data-testid="widget-send" disabled={!text().trim()} aria-label={t('send')}>
            <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
              <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
            </svg>
          </button>
        </form>
      </Show>
    </div>
  );
};
