import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { ChatMessageFragment, ReplyRefusal } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { TypingNotifier } from '../activity/typing-notifier.ts';
import type { CommentActions } from '../comments/comment-actions.ts';
import { createMentionPicker } from '../comments/mention-picker.ts';
import { MentionPicker } from '../comments/MentionPicker.tsx';
import { createQuickReplyPicker } from '../quick-replies/quick-reply-picker.ts';
import { QuickReplyPicker } from '../quick-replies/QuickReplyPicker.tsx';
import { placeholdersLeft } from '../quick-replies/unresolved-placeholders.ts';
import { AttachButton } from './attachments/AttachButton.tsx';
import { EmojiButton } from './emoji/EmojiButton.tsx';
import { createPendingAttachments } from './attachments/pending-attachments.ts';
import { PendingAttachmentList } from './attachments/PendingAttachmentList.tsx';
import { chatWindowMessages } from './chat-window.messages.ts';
import { mentionRequests } from './composer-commands.ts';
import { createComposerDraft } from './composer-draft.ts';
import { ComposerModes, type ComposerMode } from './ComposerModes.tsx';
import { createReplySender } from './send-reply.ts';
import { ScheduleTimer } from '../scheduled/ScheduleTimer.tsx';
import { scheduledMessages } from '../scheduled/scheduled.messages.ts';
import { BoltIcon, ClockIcon } from '../../ui/icons.tsx';
import { SendBlockButton } from '../processes/SendBlockButton.tsx';
import { createQuery } from '@urql/solid';
import { ChannelCapabilitiesQuery } from './channel-capabilities.query.ts';
import { TemplatePicker } from './TemplatePicker.tsx';

type Props = {
  conversationId: string;
  viewerId: string | undefined;
  disabled?: boolean;
  /** Why the server would refuse a reply now (Conversation.replyRefusal); notes are still written. */
  replyRefusal?: ReplyRefusal | null | undefined;
  /** The conversation's channel: what its messenger takes (a subject, templates) shapes the composer. */
  channelId?: string | undefined;
  comments: CommentActions;
  typing: TypingNotifier;
  onSent: (message: ChatMessageFragment) => void;
  // Shift+Enter: marks the conversation read without leaving the composer.
  onMarkRead: () => void;
};

const MAX_HEIGHT_PX = 200;
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
// Key names as keyboards print them, in every language.
const keys = { mod: isMac ? '⌘' : 'Ctrl', shift: 'Shift', enter: 'Enter', slash: '/' };

// Writes a reply to the client, or an internal note for the team (switching keeps the text: "convert to note").
export const Composer = (props: Props) => {
  const t = useMessages(chatWindowMessages);
  const ts = useMessages(scheduledMessages);
  const [text, setText] = createSignal('');
  // The timer: undefined while closed (send now); open, the chosen due time (null until it is a whole date and time).
  const [dueAt, setDueAt] = createSignal<string | null | undefined>(undefined);
  const scheduling = () => mode() === 'reply' && dueAt() !== undefined;
  const [mode, setMode] = createSignal<ComposerMode>('reply');
  const [errors, setErrors] = createSignal<string[]>([]);
  const [sending, setSending] = createSignal(false);
  // Replies on behalf of the bot: the client sees the bot; the timeline still names the operator.
  const [asBot, setAsBot] = createSignal(false);
  const [subject, setSubject] = createSignal('');
  const reply = createReplySender();
  // Said before anything is typed, rather than as the refusal after Send.
  const replyRefused = () => (mode() === 'reply' ? props.replyRefusal : null);
  const off = () => props.disabled || !!replyRefused();
  const [channel] = createQuery({ query: ChannelCapabilitiesQuery, variables: () => ({ id: props.channelId ?? '' }), pause: () => !props.channelId });
  const capabilities = () => {
    const node = channel.data?.node;
    return node && 'capabilities' in node ? node.capabilities : null;
  };
  const sendTemplate = async (template: { name: string; language: string; parameters: string[] }) => {
    const outcome = await reply.send(props.conversationId, '', { asBot: asBot(), template });
    if (outcome.message) props.onSent(outcome.message);
    setErrors(outcome.errors);
    return Boolean(outcome.message);
  };
  const mentions = createMentionPicker(() => props.viewerId);
  const quickReplies = createQuickReplyPicker(() => props.conversationId);
  // Files for the next reply (not for notes).
  const attachments = createPendingAttachments();
  // Placeholders the inserted quick replies left unresolved (the server names them), and the ones the operator was
  // warned about for the text as it is: sending it again goes ahead.
  const [unresolved, setUnresolved] = createSignal<string[]>([]);
  const [warning, setWarning] = createSignal<{ text: string; placeholders: string[] } | null>(null);
  const canSend = () => (mode() === 'note' ? !!text().trim() : (!!text().trim() || attachments.fileIds().length > 0) && !attachments.uploading());
  let textarea!: HTMLTextAreaElement;

  const autosize = () => {
    textarea.style.height = 'auto';
    // The height includes the borders (border-box); the text's height does not.
    const borders = textarea.offsetHeight - textarea.clientHeight;
    textarea.style.height = `${Math.min(textarea.scrollHeight + borders, MAX_HEIGHT_PX)}px`;
  };
  const write = (value: string) => {
    setText(value);
    autosize();
  };
  const draft = createComposerDraft(props.conversationId, write);

  // Every change the operator makes: saved as the draft, and "typing" for the others while replying.
  const changed = (value: string) => {
    write(value);
    setWarning(null);
    draft.save(value);
    if (mode() === 'note') mentions.update(textarea);
    else if (value.trim()) props.typing.input();
    else props.typing.stop();
  };

  const sendNote = async (body: string) => {
    const failure = await props.comments.add(props.conversationId, body, mentions.mentionIds(body));
    return failure ? [failure] : [];
  };
  const sendReply = async (body: string) => {
    if (scheduling() && !dueAt()) return [ts('timer.invalid')];
    const outcome = await reply.send(props.conversationId, body, {
      asBot: asBot(),
      fileIds: attachments.fileIds(),
      sendAt: scheduling() ? (dueAt() ?? undefined) : undefined,
      subject: subject(),
    });
    if (outcome.message) {
      props.onSent(outcome.message);
      setSubject('');
    }
    if (outcome.message) attachments.clear();
    if (outcome.message) setDueAt(undefined);
    return outcome.errors;
  };

  const submit = async () => {
    const body = text().trim();
    if (!canSend() || sending() || off()) return;
    // A reply still holding a quick reply's unfilled placeholder: say so once, send on the second asking.
    const left = mode() === 'reply' ? placeholdersLeft(body, unresolved()) : [];
    if (left.length && warning()?.text !== body) return setWarning({ text: body, placeholders: left });
    setWarning(null);
    setErrors([]);
    setSending(true);
    props.typing.stop();
    const failures = mode() === 'note' ? await sendNote(body) : await sendReply(body);
    setSending(false);
    if (failures.length) return setErrors(failures);
    write('');
    draft.clear();
    mentions.reset();
    setUnresolved([]);
    textarea.focus();
  };

  const switchMode = (next: ComposerMode) => {
    setMode(next);
    mentions.close();
    // A note is not a reply: the others stop seeing "typing".
    if (next === 'note') props.typing.stop();
    textarea.focus();
  };

  // The quick reply's text, filled for this client, goes in at the caret.
  const insertQuickReply = async (quickReplyId: string) => {
    quickReplies.close();
    const filled = await quickReplies.fill(quickReplyId);
    if (filled === null) return setErrors([t('composer.quickReplyFailed')]);
    setUnresolved([...unresolved(), ...filled.unresolved]);
    insertAtCaret(filled.text);
  };

  // Ctrl+Shift+A (inbox-keys.ts): a note mentioning a colleague, "@" typed at the caret and the picker open.
  const startMention = () => {
    if (props.disabled) return;
    switchMode('note');
    const before = text().slice(0, textarea.selectionStart);
    insertAtCaret(before && !/\s$/.test(before) ? ' @' : '@');
    mentions.update(textarea);
  };
  // Out of the effect, so that the textarea shows the new text before the picker reads it.
  createEffect(on(mentionRequests, () => queueMicrotask(startMention), { defer: true }));

  const insertAtCaret = (inserted: string) => {
    const at = textarea.selectionStart;
    changed(text().slice(0, at) + inserted + text().slice(textarea.selectionEnd));
    textarea.focus();
    textarea.setSelectionRange(at + inserted.length, at + inserted.length);
  };

  const onMentionKey = (event: KeyboardEvent) => {
    const option = mentions.options()[mentions.active()];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') mentions.move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Escape') mentions.close();
    else if (option) changed(mentions.choose(textarea, option));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const plainKey = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (mentions.open() && plainKey && ['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(event.key)) {
      event.preventDefault();
      // Esc closes the picker, not the panes around.
      event.stopPropagation();
      return onMentionKey(event);
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Enter' && event.shiftKey && plainKey) {
      event.preventDefault();
      props.onMarkRead();
    } else if (event.key === '/' && plainKey && !text()) {
      // "/" in an empty composer opens the quick replies.
      event.preventDefault();
      quickReplies.show();
    }
  };

  return (
    <form
      class="composer"
      classList={{ 'is-note': mode() === 'note' }}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Show when={errors().length}>
        <div class="error-box composer-errors" role="alert" data-testid="composer-error">
          <For each={errors()}>{(message) => <div>{message}</div>}</For>
        </div>
      </Show>
      <Show when={warning()}>
        {(warned) => (
          <div class="composer-warning" role="alert" data-testid="composer-unresolved">
            <span>{t('composer.unresolved.text', { placeholders: warned().placeholders.join(', ') })}</span>
            <button type="submit" class="btn btn-small" data-testid="composer-send-anyway">
              {t('composer.unresolved.send')}
            </button>
            <button
              type="button"
              class="btn btn-small btn-ghost"
              onClick={() => {
                setWarning(null);
                textarea.focus();
              }}
            >
              {t('composer.unresolved.edit')}
            </button>
          </div>
        )}
      </Show>
      <Show when={replyRefused()}>
        {(refusal) => (
          <div class="composer-warning" role="note" data-testid="composer-refusal" data-refusal={refusal()}>
            {t(`composer.refusal.${refusal()}`)}
          </div>
        )}
      </Show>
      <ComposerModes mode={mode()} onMode={switchMode}>
        <button
          type="button"
          class="btn btn-small btn-ghost quick-reply-button"
          data-testid="quick-reply-button"
          title={t('composer.quickRepliesTitle')}
          disabled={off()}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (quickReplies.open() ? quickReplies.close() : quickReplies.show())}
        >
          <BoltIcon />
          <span class="sr-phone">{t('composer.quickReplies')}</span>
        </button>
        <EmojiButton onPick={insertAtCaret} disabled={off()} />
        <Show when={mode() === 'reply'}>
          <AttachButton attachments={attachments} disabled={off()} />
        </Show>
        <Show when={mode() === 'reply'}>
          <button
            type="button"
            class="btn btn-small btn-ghost schedule-button"
            classList={{ 'is-active': scheduling() }}
            data-testid="schedule-button"
            title={ts('timer.title')}
            aria-pressed={scheduling()}
            disabled={off()}
            onClick={() => setDueAt(scheduling() ? undefined : null)}
          >
            <ClockIcon />
            <span class="sr-phone">{ts('timer.button')}</span>
          </button>
          <SendBlockButton conversationId={props.conversationId} disabled={off()} />
          <Show when={capabilities()?.templates && props.channelId}>
            {(channelId) => <TemplatePicker channelId={channelId()} disabled={off()} onSend={sendTemplate} />}
          </Show>
          <label class="composer-as-bot" title={t('composer.asBotTitle')}>
            <input type="checkbox" data-testid="composer-as-bot" checked={asBot()} onChange={(event) => setAsBot(event.currentTarget.checked)} />
            {t('composer.asBot')}
          </label>
        </Show>
      </ComposerModes>
      <Show when={mode() === 'reply'}>
        <PendingAttachmentList attachments={attachments} />
      </Show>
      <Show when={capabilities()?.subject && mode() === 'reply'}>
        <input
          class="composer-subject"
          data-testid="composer-subject"
          maxLength={998}
          placeholder={t('composer.subject')}
          aria-label={t('composer.subject')}
          value={subject()}
          onInput={(event) => setSubject(event.currentTarget.value)}
        />
      </Show>
      <Show when={scheduling()}>
        <ScheduleTimer dueAt={dueAt() ?? null} onChange={setDueAt} onClose={() => setDueAt(undefined)} text={text()} conversationId={props.conversationId} />
      </Show>
      <div class="composer-row">
        <Show when={mode() === 'note'}>
          <MentionPicker picker={mentions} onPick={(operator) => changed(mentions.choose(textarea, operator))} />
        </Show>
        <Show when={quickReplies.open()}>
          <QuickReplyPicker picker={quickReplies} onChoose={(id) => void insertQuickReply(id)} />
        </Show>
        <textarea
          ref={textarea}
          class="composer-input"
          data-testid="composer"
          rows={1}
          placeholder={mode() === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          aria-label={mode() === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
          value={text()}
          disabled={off()}
          onInput={(event) => changed(event.currentTarget.value)}
          onClick={() => mode() === 'note' && mentions.update(textarea)}
          onBlur={() => mentions.close()}
          onKeyDown={onKeyDown}
        />
        <button
          class="btn btn-primary composer-send"
          classList={{ 'is-note': mode() === 'note' }}
          type="submit"
          data-testid="send-button"
          disabled={off() || sending() || reply.fetching() || !canSend()}
          title={scheduling() ? ts('timer.schedule') : t('composer.sendTitle', { keys: `${keys.mod}+${keys.enter}` })}
          data-scheduling={scheduling()}
        >
          <svg class="composer-send-icon" width="18" height="18" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M2.6 3.2a.7.7 0 0 1 .95-.82l13.6 6.9a.8.8 0 0 1 0 1.44l-13.6 6.9a.7.7 0 0 1-.95-.82L4.3 11h6.2a1 1 0 0 0 0-2H4.3z" />
          </svg>
          <span class="sr-phone">
            {sending() ? t('composer.sending') : mode() === 'note' ? t('composer.addNote') : scheduling() ? ts('timer.schedule') : asBot() ? t('composer.asBot') : t('composer.send')}
          </span>
        </button>
      </div>
      <div class="composer-hint">
        <kbd>{keys.mod}</kbd>+<kbd>{keys.enter}</kbd> {t('composer.hint.send')} · <kbd>{keys.shift}</kbd>+<kbd>{keys.enter}</kbd> {t('composer.hint.markRead')}
        <Show
          when={mode() === 'note'}
          fallback={
            <>
              {' · '}
              <kbd>{keys.slash}</kbd> {t('composer.hint.quickReplies')}
            </>
          }
        >
          {` · ${t('composer.hint.notes')}`}
        </Show>
      </div>
    </form>
  );
};
