import { batch, createSignal, onCleanup } from 'solid-js';
import type { CombinedError } from '@urql/core';
import type { PreChatField, WidgetChatMessageFragment } from '../generated/graphql.ts';
import { retryWait } from '../shared/realtime.ts';
import { failureText, refusalText } from '../shared/refusal-text.ts';
import { createWidgetClient } from './widget-client.ts';
import { createMessageList } from './widget-message-list.ts';
import { WidgetMessagesSubscription } from './widget-messages.subscription.ts';
import { createOutbox, type Attempt, type PendingMessage } from './widget-outbox.ts';
import { WidgetSendMutation } from './widget-send.mutation.ts';
import { WidgetStartMutation } from './widget-start.mutation.ts';
import { uploadVisitorFile } from './widget-upload.ts';
import { givenVisitorToken, loadVisitorToken, markIntroduced, saveVisitorToken, wasIntroduced } from './visitor-token.ts';
import { WidgetIntroduceMutation } from './widget-introduce.mutation.ts';
import { fromApiLocale, setLocale } from '../i18n/locale.ts';
import { useMessages } from '../i18n/messages.ts';
import { widgetMessages } from './widget.messages.ts';

const t = useMessages(widgetMessages);

export type { PendingMessage } from './widget-outbox.ts';

type Phase = { kind: 'starting' } | { kind: 'ready' } | { kind: 'unavailable'; reason: string };

const hasCode = (error: CombinedError | undefined, code: string) => !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === code);

export const createWidgetSession = (publicKey: string, visitorName: string | undefined) => {
  // Sent as `Authorization: Visitor …` only once widgetStart has confirmed it.
  let activeToken: string | null = null;
  let disposed = false;
  const api = createWidgetClient(() => activeToken);
  const [phase, setPhase] = createSignal<Phase>({ kind: 'starting' });
  const [channelName, setChannelName] = createSignal('');
  // The pre-chat form's questions while it is to be shown: a new visitor's, before their first message.
  const [preChat, setPreChat] = createSignal<readonly PreChatField[]>([]);
  const list = createMessageList();
  // The editor's preview: this client only, never stored, never asked the pre-chat questions.
  const given = givenVisitorToken();

  // Where the server's stream was last heard (an answer's cursor, or widgetStart's position): a resubscribe replays
  // what happened since. graphql-ws reads the getter again at every resubscribe.
  let lastHeard: string | null = null;
  const resumePoint = {
    get after() {
      return lastHeard;
    },
  };
  let stopListening: (() => void) | null = null;
  let recoveries = 0;

  const listen = () => {
    let stopped = false;
    // Ended by the server (a refused token, an error it will not retry): start over after a while.
    const ended = () => {
      if (stopped || disposed) return;
      stopped = true;
      stopListening = null;
      void retryWait(recoveries++).then(() => !disposed && start());
    };
    const unsubscribe = api.subscribe(WidgetMessagesSubscription, resumePoint, {
      next: (result) => {
        const message = result.data?.widgetMessages;
        if (!message) return;
        const cursor = (result.extensions as { cursor?: unknown } | undefined)?.cursor;
        if (typeof cursor === 'string') lastHeard = cursor;
        list.upsert([message]);
        if (message.direction === 'INBOUND') outbox.arrived(message);
      },
      error: ended,
      complete: ended,
    });
    stopListening = () => {
      stopped = true;
      unsubscribe();
    };
  };

  const start = async (): Promise<boolean> => {
    const result = await api.client
      .mutation(WidgetStartMutation, { input: { publicKey, visitorToken: given ?? loadVisitorToken(publicKey), name: visitorName ?? null } })
      .toPromise();
    const payload = result.data?.widgetStart;
    const session = payload?.session;
    if (!session && result.error?.networkError && !disposed) {
      // The server is away (a restart, a deploy): keep trying while the page is open.
      await retryWait(recoveries++);
      return !disposed && start();
    }
    if (!session) {
      const refusal = payload?.userErrors[0];
      const reason = refusal ? refusalText(refusal) : failureText(result.error, t('notAvailable'));
      if (phase().kind === 'starting') setPhase({ kind: 'unavailable', reason });
      return false;
    }
    if (given && session.visitorToken !== given) {
      // The test run was restarted or closed in the editor (its token replaced): this preview is over.
      setPhase({ kind: 'unavailable', reason: t('previewEnded') });
      return false;
    }
    recoveries = 0;
    const anotherVisitor = activeToken !== null && activeToken !== session.visitorToken;
    activeToken = session.visitorToken;
    if (!given) saveVisitorToken(publicKey, session.visitorToken);
    lastHeard = session.cursor;
    batch(() => {
      setChannelName(session.channelName);
      if (session.locale) setLocale(fromApiLocale(session.locale));
      setPreChat(session.messages.length === 0 && !given && !wasIntroduced(session.visitorToken) ? session.preChatFields : []);
      if (anotherVisitor) list.replace(session.messages);
      else list.upsert(session.messages);
      setPhase({ kind: 'ready' });
    });
    if (!stopListening) listen();
    return true;
  };

  const attempt = async (pending: PendingMessage, file: File | undefined, again = false): Promise<Attempt> => {
    if (file) {
      if (!activeToken) return { unreachable: true };
      const result = await uploadVisitorFile(activeToken, file, pending.clientMessageId);
      if ('message' in result) return { message: result.message };
      return result.unreachable ? { unreachable: true } : { refused: result.error };
    }
    const result = await api.client
      .mutation(WidgetSendMutation, { input: { text: pending.text, idempotencyKey: pending.clientMessageId } })
      .toPromise();
    if (hasCode(result.error, 'UNAUTHENTICATED') && !again) {
      // The visitor token was revoked: start again (same stored token first) and send once more.
      activeToken = null;
      if (await start()) return attempt(pending, file, true);
    }
    const payload = result.data?.widgetSend;
    if (payload?.message) return { message: payload.message };
    if (result.error?.networkError || hasCode(result.error, 'THROTTLED')) return { unreachable: true };
    const refusal = payload?.userErrors[0];
    return { refused: refusal ? refusalText(refusal) : failureText(result.error, t('notSent')) };
  };

  const outbox = createOutbox({
    attempt,
    stored: (message: WidgetChatMessageFragment) => list.upsert([message]),
    backOnline: api.live.reconnected,
  });

  /** The form's answers (or none: skipped); answers the refusal's words, or null once the chat may begin. */
  const introduce = async (answers: { name?: string; email?: string; phone?: string } | null): Promise<string | null> => {
    if (answers) {
      const result = await api.client.mutation(WidgetIntroduceMutation, { input: answers }).toPromise();
      const refusal = result.data?.widgetIntroduce.userErrors[0];
      if (refusal) return refusalText(refusal);
      if (!result.data) return result.error?.networkError ? t('waiting') : failureText(result.error, t('notAvailable'));
    }
    if (activeToken) markIntroduced(activeToken);
    setPreChat([]);
    return null;
  };

  onCleanup(() => {
    disposed = true;
    stopListening?.();
    api.dispose();
  });

  void start();

  return {
    phase,
    channelName,
    preChat,
    introduce,
    connection: api.live.state,
    get messages() {
      return list.messages;
    },
    get pending() {
      return outbox.pending;
    },
    send: outbox.send,
    sendFile: outbox.sendFile,
    retry: outbox.retry,
  };
};

export type WidgetSession = ReturnType<typeof createWidgetSession>;
