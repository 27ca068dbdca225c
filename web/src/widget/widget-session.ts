import { batch, createEffect, createSignal, on, onCleanup, untrack } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import type { WidgetChatMessageFragment } from '../generated/graphql.ts';
import { createWidgetClient } from './widget-client.ts';
import { WidgetMessagesSubscription } from './widget-messages.subscription.ts';
import { WidgetSendMutation } from './widget-send.mutation.ts';
import { WidgetStartMutation } from './widget-start.mutation.ts';
import { uploadVisitorFile } from './widget-upload.ts';
import { loadVisitorToken, saveVisitorToken } from './visitor-token.ts';

// A message typed by the visitor and not yet confirmed by the server.
export type PendingMessage = {
  clientMessageId: string;
  text: string;
  createdAt: string;
  state: 'sending' | 'failed';
  error?: string;
};

type Phase = { kind: 'starting' } | { kind: 'ready' } | { kind: 'unavailable'; reason: string };

const isUnauthenticated = (error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined) =>
  !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

export const createWidgetSession = (publicKey: string, visitorName: string | undefined) => {
  // Sent as `Authorization: Visitor …` only once widgetStart has confirmed it.
  let activeToken: string | null = null;
  const api = createWidgetClient(() => activeToken);
  onCleanup(api.dispose);

  const [phase, setPhase] = createSignal<Phase>({ kind: 'starting' });
  const [channelName, setChannelName] = createSignal('');
  const [state, setState] = createStore<{ messages: WidgetChatMessageFragment[]; pending: PendingMessage[] }>({
    messages: [],
    pending: [],
  });

  const upsert = (messages: readonly WidgetChatMessageFragment[], live = false) =>
    untrack(() =>
      batch(() => {
        for (const message of messages) {
          const index = state.messages.findIndex((item) => item.id === message.id);
          if (message.deleted) {
            if (index >= 0) setState('messages', (list) => list.filter((item) => item.id !== message.id));
          } else if (index >= 0) setState('messages', index, reconcile({ ...message }));
          else {
            setState('messages', state.messages.length, { ...message });
            // The subscription can deliver our own message before widgetSend answers: retire its placeholder.
            if (live && message.direction === 'INBOUND') {
              const placeholder = state.pending.findIndex((p) => p.state === 'sending' && p.text === message.text);
              if (placeholder >= 0) setState('pending', (list) => list.filter((_, i) => i !== placeholder));
            }
          }
        }
        setState('messages', (list) => [...list].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)));
      }),
    );

  let subscription: { unsubscribe: () => void } | null = null;
  onCleanup(() => subscription?.unsubscribe());

  const start = async (): Promise<boolean> => {
    const storedToken = loadVisitorToken(publicKey);
    const result = await api.client
      .mutation(WidgetStartMutation, { input: { publicKey, visitorToken: storedToken, name: visitorName ?? null } })
      .toPromise();
    const payload = result.data?.widgetStart;
    const session = payload?.session;
    if (!session) {
      const reason = payload?.userErrors[0]?.message ?? result.error?.message ?? 'The chat is not available right now.';
      if (phase().kind === 'starting') setPhase({ kind: 'unavailable', reason });
      return false;
    }
    activeToken = session.visitorToken;
    saveVisitorToken(publicKey, session.visitorToken);
    batch(() => {
      setChannelName(session.channelName);
      upsert(session.messages);
      setPhase({ kind: 'ready' });
    });
    if (!subscription) {
      subscription = api.client.subscription(WidgetMessagesSubscription, {}).subscribe((event) => {
        if (event.data) upsert([event.data.widgetMessages], true);
      });
    }
    return true;
  };

  // After a dropped socket, widgetStart returns the latest messages: fill whatever was missed.
  createEffect(on(api.reconnects, (count) => count > 0 && void start(), { defer: true }));

  const setPending = (clientMessageId: string, patch: Partial<PendingMessage> | null) =>
    setState(
      'pending',
      produce((list) => {
        const index = list.findIndex((p) => p.clientMessageId === clientMessageId);
        if (index < 0) return;
        if (patch === null) list.splice(index, 1);
        else Object.assign(list[index] ?? {}, patch);
      }),
    );

  const deliver = async (pending: PendingMessage, retried = false): Promise<void> => {
    setPending(pending.clientMessageId, { state: 'sending', error: undefined });
    const result = await api.client
      .mutation(WidgetSendMutation, { input: { text: pending.text, idempotencyKey: pending.clientMessageId } })
      .toPromise();
    if (isUnauthenticated(result.error) && !retried) {
      // The visitor token was revoked or expired: start again (same stored token first) and resend once.
      activeToken = null;
      if (await start()) return deliver(pending, true);
    }
    const payload = result.data?.widgetSend;
    if (payload?.message) {
      const message = payload.message;
      return batch(() => {
        setPending(pending.clientMessageId, null);
        upsert([message]);
      });
    }
    const error = payload?.userErrors[0]?.message ?? (result.error?.networkError ? 'No connection.' : result.error?.message) ?? 'Not sent.';
    setPending(pending.clientMessageId, { state: 'failed', error });
  };

  // A file the visitor sends is its own message; kept here for a retry (File objects stay out of the store).
  const files = new Map<string, File>();
  const deliverFile = async (pending: PendingMessage) => {
    const file = files.get(pending.clientMessageId);
    if (!file) return;
    setPending(pending.clientMessageId, { state: 'sending', error: undefined });
    const result = activeToken ? await uploadVisitorFile(activeToken, file, pending.clientMessageId) : { error: 'Not connected yet.' };
    if ('message' in result && result.message) {
      const message = result.message;
      files.delete(pending.clientMessageId);
      return batch(() => {
        setPending(pending.clientMessageId, null);
        upsert([message]);
      });
    }
    setPending(pending.clientMessageId, { state: 'failed', error: result.error ?? 'Not sent.' });
  };

  const sendFile = (file: File) => {
    const pending: PendingMessage = { clientMessageId: crypto.randomUUID(), text: `📎 ${file.name}`, createdAt: new Date().toISOString(), state: 'sending' };
    files.set(pending.clientMessageId, file);
    setState('pending', state.pending.length, pending);
    void deliverFile(pending);
  };

  const send = (text: string) => {
    const pending: PendingMessage = {
      clientMessageId: crypto.randomUUID(),
      text,
      createdAt: new Date().toISOString(),
      state: 'sending',
    };
    setState('pending', state.pending.length, pending);
    void deliver(pending);
  };

  const retry = (clientMessageId: string) => {
    const pending = state.pending.find((p) => p.clientMessageId === clientMessageId);
    if (pending && files.has(clientMessageId)) void deliverFile({ ...pending });
    else if (pending) void deliver({ ...pending });
  };

  void start();

  return {
    phase,
    channelName,
    connected: api.connected,
    get messages() {
      return state.messages;
    },
    get pending() {
      return state.pending;
    },
    send,
    sendFile,
    retry,
  };
};

export type WidgetSession = ReturnType<typeof createWidgetSession>;
