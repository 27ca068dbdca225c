import { createQuery, createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createSignal, on, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ChatMessageFragment, CommentFragment, TimelineItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { plain } from '../../shared/plain.ts';
import { failureText } from '../../shared/refusal-text.ts';
import { useLive } from '../live-context.ts';
import { ConversationTimelineSubscription } from './conversation-timeline.subscription.ts';
import { ConversationQuery } from './conversation.query.ts';
import { OlderTimelineQuery } from './older-timeline.query.ts';
import { chatWindowMessages } from './chat-window.messages.ts';

const t = useMessages(chatWindowMessages);

const PAGE_SIZE = 30;

type Cursor = { hasMore: boolean; after: string | null };

export const asTimelineItem = (message: ChatMessageFragment): TimelineItemFragment => ({ __typename: 'Message', ...message });

// One conversation's timeline, oldest first: its messages and system events. The newest page from the query,
// older pages on demand, live additions and status changes from the subscription; everything upserted by id
// (message and event ids are global ids of different types, so they never collide).
// Delivery statuses only move forward (the server guarantees it), but answers can arrive out of order: a
// mutation's QUEUED answer after the live SENT event. A copy never takes a message's status back.
const statusRank: Record<string, number> = { SCHEDULED: -1, QUEUED: 0, CANCELLED: 1, FAILED: 1, SENT: 1, DELIVERED: 2, READ: 3 };
const newest = (current: TimelineItemFragment, incoming: TimelineItemFragment): TimelineItemFragment => {
  if (current.__typename !== 'Message' || incoming.__typename !== 'Message') return incoming;
  if ((statusRank[incoming.status] ?? 0) >= (statusRank[current.status] ?? 0)) return incoming;
  const { status, failureReason, sentAt, deliveredAt, readAt } = current;
  return { ...incoming, status, failureReason, sentAt, deliveredAt, readAt };
};

export const createConversationTimeline = (conversationId: string) => {
  const client = useClient();
  const live = useLive();
  // `pinned`: the pinned notes, most recently pinned first (they may sit in pages not loaded yet).
  // `pinnedMessages`: likewise the pinned messages.
  const [state, setState] = createStore<{ items: TimelineItemFragment[]; pinned: CommentFragment[]; pinnedMessages: ChatMessageFragment[] }>({
    items: [],
    pinned: [],
    pinnedMessages: [],
  });
  const [cursor, setCursor] = createSignal<Cursor>({ hasMore: false, after: null });
  const [pagedOlder, setPagedOlder] = createSignal(false);
  const [loadingOlder, setLoadingOlder] = createSignal(false);
  const [olderError, setOlderError] = createSignal<string | null>(null);

  const placePinned = (comment: CommentFragment) => {
    const index = state.pinned.findIndex((other) => other.id === comment.id);
    if (!comment.pinned || comment.deletedAt) {
      if (index >= 0) setState('pinned', (list) => list.filter((other) => other.id !== comment.id));
    } else if (index >= 0) setState('pinned', index, reconcile(comment));
    else setState('pinned', (list) => [comment, ...list]);
  };

  const placePinnedMessage = (message: ChatMessageFragment) => {
    const index = state.pinnedMessages.findIndex((other) => other.id === message.id);
    if (!message.pinned || message.deletedAt) {
      if (index >= 0) setState('pinnedMessages', (list) => list.filter((other) => other.id !== message.id));
    } else if (index >= 0) setState('pinnedMessages', index, reconcile(message));
    else setState('pinnedMessages', (list) => [message, ...list]);
  };

  const upsert = (items: readonly TimelineItemFragment[]) =>
    untrack(() =>
      batch(() => {
        for (const item of items.map(plain)) {
          // The message bus carries every conversation's messages; events only come from this conversation.
          if (item.__typename === 'Message' && item.conversationId !== conversationId) continue;
          const index = state.items.findIndex((other) => other.id === item.id);
          if (index >= 0) setState('items', index, reconcile(newest(state.items[index]!, item)));
          else setState('items', state.items.length, item);
          if (item.__typename === 'Comment') placePinned(item);
          else if (item.__typename === 'Message') placePinnedMessage(item);
        }
        setState('items', (list) => [...list].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)));
      }),
    );

  const [query, refetch] = createQuery({
    query: ConversationQuery,
    variables: { id: conversationId, first: PAGE_SIZE },
    // A cached page from an earlier visit misses what happened since; show it, then the fresh one.
    requestPolicy: 'cache-and-network',
  });

  createEffect(() => {
    const connection = query.data?.conversation?.timeline;
    if (!connection) return;
    setState('pinned', reconcile(plain(query.data?.conversation?.pinnedComments ?? [])));
    setState('pinnedMessages', reconcile(plain(query.data?.conversation?.pinnedMessages ?? [])));
    upsert(connection.edges.map((edge) => edge.node));
    if (!untrack(pagedOlder)) setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
  });

  createEffect(on(live.resyncs, (count) => count > 0 && refetch({ requestPolicy: 'network-only' }), { defer: true }));

  createSubscription({ query: ConversationTimelineSubscription, variables: { conversationId } }, (_previous, data) => {
    upsert([data.conversationTimeline]);
    return data;
  });

  // Callers asking while a page is on its way share it (the dialog search waits for it to find a message).
  let inflight: Promise<void> | null = null;
  const loadOlder = (): Promise<void> => {
    const { hasMore, after } = cursor();
    if (inflight) return inflight;
    if (!hasMore || !after) return Promise.resolve();
    inflight = fetchOlder(after).finally(() => (inflight = null));
    return inflight;
  };

  const fetchOlder = async (after: string) => {
    setLoadingOlder(true);
    setOlderError(null);
    const result = await client
      .query(OlderTimelineQuery, { id: conversationId, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    const connection = result.data?.conversation?.timeline;
    batch(() => {
      setLoadingOlder(false);
      if (!connection) return setOlderError(failureText(result.error, t('timeline.olderFailed')));
      upsert(connection.edges.map((edge) => edge.node));
      setPagedOlder(true);
      setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
    });
  };

  return {
    get items() {
      return state.items;
    },
    get pinned() {
      return state.pinned;
    },
    get pinnedMessages() {
      return state.pinnedMessages;
    },
    upsert,
    upsertMessage: (message: ChatMessageFragment) => upsert([asTimelineItem(message)]),
    // The conversation as the query saw it: the fallback when the list has not seen it.
    conversation: () => query.data?.conversation ?? undefined,
    // A cached result shown while the network one is on its way.
    stale: () => query.stale,
    loading: () => query.fetching && !query.data,
    notFound: () => !query.fetching && !!query.data && query.data.conversation === null,
    error: () => (state.items.length === 0 && query.error ? failureText(query.error, '') : undefined),
    hasOlder: () => cursor().hasMore,
    loadingOlder,
    olderError,
    loadOlder,
  };
};

export type ConversationTimeline = ReturnType<typeof createConversationTimeline>;
