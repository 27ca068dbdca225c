import { createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { plain } from '../../shared/plain.ts';
import { failureText } from '../../shared/refusal-text.ts';
import type {
  ChatMessageFragment,
  ConversationListItemFragment,
  ConversationOrder,
  ConversationSection,
  ConversationsQuery as ConversationsResult,
  SearchHitFragment,
} from '../../generated/graphql.ts';
import { useLive } from '../live-context.ts';
import { ConversationsQuery } from './conversations.query.ts';
import { InboxEventsSubscription } from './inbox-events.subscription.ts';
import { PinnedConversationsQuery } from './pinned-conversations.query.ts';
import type { AppliedFilter } from '../filters/filter-model.ts';
import { filterOf, inSection, type ListView } from './sections.ts';
import { useMessages } from '../../i18n/messages.ts';
import { chatListMessages } from './chat-list.messages.ts';

const t = useMessages(chatListMessages);

const PAGE_SIZE = 30;

type Conversation = ConversationListItemFragment;
type Cursor = { hasMore: boolean; after: string | null };
type Page = ConversationsResult['conversations'];

export type ConversationList = ReturnType<typeof createConversationList>;

type Options = {
  onMessage: (message: ChatMessageFragment) => void;
  // The signed-in operator's id: the Mine and Others sections depend on it.
  viewerId: Accessor<string | undefined>;
};

/**
 * The inbox's live list of one section: pinned conversations on top, then the section's pages in the chosen
 * order. Every conversation seen is kept by id (so the open chat and the client card stay fresh even when it
 * leaves the section); which ids are listed is decided by the section rule, re-applied on every live event.
 * While searching, the list is the server's ranking: live events refresh rows and drop those leaving the
 * section, but never add or reorder rows.
 */
export const createConversationList = ({ onMessage, viewerId }: Options) => {
  const client = useClient();
  const live = useLive();
  const [view, setView] = createSignal<ListView>({ section: 'ALL', order: 'NEWEST_ACTIVITY_FIRST', search: null, filter: null });
  const [state, setState] = createStore<{
    byId: Record<string, Conversation>;
    ids: string[];
    pinnedIds: string[];
    // The matching message of each search result (null when the client matched).
    hits: Record<string, SearchHitFragment | null>;
  }>({ byId: {}, ids: [], pinnedIds: [], hits: {} });
  const [cursor, setCursor] = createSignal<Cursor>({ hasMore: false, after: null });
  const [loadingFirst, setLoadingFirst] = createSignal(false);
  const [firstError, setFirstError] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [loadMoreError, setLoadMoreError] = createSignal<string | null>(null);

  // Recently bumped rows win ties on lastActivityAt (bursts of messages within one clock tick).
  const bumped = new Map<string, number>();
  let bumpCounter = 0;
  const compare = (a: Conversation, b: Conversation) => {
    const newestFirst = untrack(view).order === 'NEWEST_ACTIVITY_FIRST';
    const byTime = Date.parse(b.lastActivityAt) - Date.parse(a.lastActivityAt);
    return (newestFirst ? byTime : -byTime) || (bumped.get(b.id) ?? 0) - (bumped.get(a.id) ?? 0);
  };
  const sortIds = (ids: string[]) => [...ids].sort((a, b) => compare(state.byId[a]!, state.byId[b]!));

  // A copy older than the one shown (a mutation's answer arriving after a newer event) changes nothing.
  const remember = (conversation: Conversation) => {
    const known = state.byId[conversation.id];
    if (!known) setState('byId', conversation.id, conversation);
    else if (conversation.revision >= known.revision) setState('byId', conversation.id, reconcile(conversation));
  };

  // Re-decides where one remembered conversation is listed: pinned, in the pages, or not at all.
  const place = (conversation: Conversation) => {
    const { id } = conversation;
    const wasPinned = state.pinnedIds.includes(id);
    const wasListed = wasPinned || state.ids.includes(id);
    const member = inSection(conversation, view().section, viewerId(), view().teamId) ?? wasListed;
    if (view().search) {
      if (!member) setState('ids', (ids) => ids.filter((other) => other !== id));
      return;
    }
    if (!(member && conversation.pinned && wasPinned)) setState('pinnedIds', (ids) => ids.filter((other) => other !== id));
    setState('ids', (ids) => ids.filter((other) => other !== id));
    if (!member) return;
    if (conversation.pinned) {
      if (!wasPinned) setState('pinnedIds', (ids) => [id, ...ids]);
      return;
    }
    // Beyond the last loaded row it belongs to a page not loaded yet: that page brings it.
    const last = state.ids[state.ids.length - 1];
    if (cursor().hasMore && last && compare(conversation, state.byId[last]!) > 0) return;
    setState('ids', (ids) => sortIds([...ids, id]));
  };

  // With conditions, membership is the server's: a change refetches the first page (a burst, once).
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  const refetchSoon = () => {
    clearTimeout(refetchTimer);
    refetchTimer = setTimeout(() => void loadFirst(true), 300);
  };
  onCleanup(() => clearTimeout(refetchTimer));

  const upsert = (conversations: readonly Conversation[], bump = false) =>
    untrack(() =>
      batch(() => {
        for (const conversation of conversations.map(plain)) {
          if (bump) bumped.set(conversation.id, ++bumpCounter);
          remember(conversation);
          if (!view().filter) place(state.byId[conversation.id]!);
        }
        if (view().filter) refetchSoon();
      }),
    );


  // A page's rows, remembered; their search hits are kept apart (live events carry none).
  const takePage = (page: Page) =>
    page.edges.map(({ node }) => {
      const { searchHit, ...row } = plain(node);
      remember(row);
      setState('hits', row.id, searchHit ?? null);
      return row.id;
    });

  // Loads pinned conversations (none while searching: they rank with the rest) and the first page of the current
  // view. `keep` leaves the rows on screen while refreshing (after a reconnect, or new search words); switching
  // sections clears them.
  let generation = 0;
  const loadFirst = async (keep: boolean) => {
    const current = untrack(view);
    const mine = ++generation;
    batch(() => {
      setLoadingFirst(true);
      setFirstError(null);
      if (!keep) setState({ ids: [], pinnedIds: [] });
    });
    const variables = { filter: filterOf(current), order: current.order };
    const [page, pinned] = await Promise.all([
      client.query(ConversationsQuery, { first: PAGE_SIZE, ...variables }, { requestPolicy: 'network-only' }).toPromise(),
      current.search
        ? { data: { pinnedConversations: [] }, error: undefined }
        : client.query(PinnedConversationsQuery, { filter: variables.filter }, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    if (mine !== generation) return;
    const connection = page.data?.conversations;
    const pinnedRows = pinned.data?.pinnedConversations;
    batch(() => {
      setLoadingFirst(false);
      if (!connection || !pinnedRows) return setFirstError(failureText(page.error ?? pinned.error, t('notLoaded')));
      setState('hits', reconcile({}));
      for (const row of pinnedRows) remember(plain(row));
      setState({ pinnedIds: pinnedRows.map((row) => row.id), ids: takePage(connection) });
      setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
    });
  };

  createEffect(
    on(view, (current, previous) => void loadFirst(previous?.section === current.section && previous.teamId === current.teamId && previous.order === current.order)),
  );
  createEffect(on(live.resyncs, (count) => count > 0 && void loadFirst(true), { defer: true }));

  createSubscription({ query: InboxEventsSubscription }, (_previous, data) => {
    const event = data.inboxEvents;
    upsert([event.conversation], event.kind === 'CONVERSATION_CREATED' || event.kind === 'MESSAGE_ADDED');
    if (event.message) onMessage(event.message);
    return data;
  });

  const loadMore = async () => {
    const { hasMore, after } = cursor();
    if (!hasMore || !after || loadingMore() || loadingFirst()) return;
    const current = view();
    const mine = generation;
    setLoadingMore(true);
    setLoadMoreError(null);
    const result = await client
      .query(ConversationsQuery, { first: PAGE_SIZE, after, filter: filterOf(current), order: current.order }, { requestPolicy: 'network-only' })
      .toPromise();
    if (mine !== generation) return setLoadingMore(false);
    const connection = result.data?.conversations;
    batch(() => {
      setLoadingMore(false);
      if (!connection) return setLoadMoreError(failureText(result.error, t('notLoadedMore')));
      setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
      const rows = takePage(connection);
      setState('ids', (ids) => [...ids, ...rows.filter((id) => !ids.includes(id))]);
    });
  };

  const items = createMemo(() => [...state.pinnedIds, ...state.ids].map((id) => state.byId[id]!));

  return {
    get items() {
      return items();
    },
    view,
    viewerId,
    // TEAM takes the team's id.
    setSection: (section: ConversationSection, teamId: string | null = null) => setView((current) => ({ ...current, section, teamId })),
    setOrder: (order: ConversationOrder) => setView((current) => ({ ...current, order })),
    // Conditions on top of the section (null or none: the section's usual list), optionally with its section.
    setFilter: (filter: AppliedFilter | null, section?: ConversationSection) =>
      setView((current) => ({ ...current, section: section ?? current.section, filter: filter?.conditions.length ? filter : null })),
    // Words (with a letter or digit) to search for, or null for the section's usual list.
    setSearch: (search: string | null) => setView((current) => (current.search === search ? current : { ...current, search })),
    searching: () => !!view().search,
    hitOf: (id: string) => (view().search ? state.hits[id] : undefined),
    refreshing: loadingFirst,
    byId: (id: string | null) => (id ? state.byId[id] : undefined),
    upsert,
    loading: () => loadingFirst() && items().length === 0,
    error: () => (items().length === 0 ? (firstError() ?? undefined) : undefined),
    hasMore: () => cursor().hasMore,
    loadingMore,
    loadMoreError,
    loadMore,
  };
};
