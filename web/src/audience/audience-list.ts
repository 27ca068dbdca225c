import { createSubscription, useClient } from '@urql/solid';
import { batch, createEffect, createMemo, createSignal, on, onCleanup, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { AudienceClientFragment, ClientOrder, ClientSection } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import type { AppliedFilter } from '../inbox/filters/filter-model.ts';
import { useLive } from '../inbox/live-context.ts';
import { plain } from '../shared/plain.ts';
import { AudienceClientsQuery } from './audience-clients.query.ts';
import { AudienceCountsQuery } from './audience-counts.query.ts';
import { audienceMessages } from './audience.messages.ts';
import { AudienceRowsQuery } from './audience-rows.query.ts';
import { ClientsChangedSubscription } from './clients-changed.subscription.ts';
import { filterOf, inSection, type AudienceView } from './audience-view.ts';
import { failureText } from '../shared/refusal-text.ts';

const PAGE_SIZE = 50;

type Client = AudienceClientFragment;
export type SectionCounts = Record<ClientSection, number>;
export type AudienceList = ReturnType<typeof createAudienceList>;

/**
 * The Audience's clients in one section, filtered and ordered, a page at a time; the tabs' counts for the same
 * search and conditions; and the rows chosen for bulk actions (loaded rows only, kept across pages).
 */
export const createAudienceList = () => {
  const client = useClient();
  const live = useLive();
  const t = useMessages(audienceMessages);
  const [view, setView] = createSignal<AudienceView>({ section: 'ACTIVE', order: 'LAST_ACTIVITY_FIRST', search: null, filter: null });
  const [state, setState] = createStore<{ byId: Record<string, Client>; ids: string[] }>({ byId: {}, ids: [] });
  const [cursor, setCursor] = createSignal<{ hasMore: boolean; after: string | null }>({ hasMore: false, after: null });
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [counts, setCounts] = createSignal<SectionCounts | null>(null);
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());

  const remember = (row: Client) => {
    if (state.byId[row.id]) setState('byId', row.id, reconcile(row));
    else setState('byId', row.id, row);
  };

  const refreshCounts = async () => {
    const current = untrack(view);
    const result = await client
      .query(
        AudienceCountsQuery,
        {
          active: filterOf(current, 'ACTIVE'),
          archived: filterOf(current, 'ARCHIVED'),
          blocked: filterOf(current, 'BLOCKED'),
          deleted: filterOf(current, 'DELETED'),
          all: filterOf(current, 'ALL'),
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const data = result.data;
    if (!data || current !== untrack(view)) return;
    setCounts({
      ACTIVE: data.active.totalCount,
      ARCHIVED: data.archived.totalCount,
      BLOCKED: data.blocked.totalCount,
      DELETED: data.deleted.totalCount,
      ALL: data.all.totalCount,
    });
  };

  // `keep` leaves the rows on screen while the first page reloads (after an import, or a reconnect).
  let generation = 0;
  const loadFirst = async (keep: boolean) => {
    const current = untrack(view);
    const mine = ++generation;
    batch(() => {
      setLoading(true);
      setError(null);
      if (!keep) setState('ids', []);
    });
    void refreshCounts();
    const result = await client
      .query(AudienceClientsQuery, { first: PAGE_SIZE, filter: filterOf(current), order: current.order }, { requestPolicy: 'network-only' })
      .toPromise();
    if (mine !== generation) return;
    const connection = result.data?.clients;
    batch(() => {
      setLoading(false);
      if (!connection) return setError(failureText(result.error, `${t('load.failed')}.`));
      const rows = connection.edges.map((edge) => plain(edge.node));
      rows.forEach(remember);
      setState('ids', rows.map((row) => row.id));
      setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
      // Chosen rows that are no longer listed cannot be acted on from here.
      const listed = new Set(rows.map((row) => row.id));
      setSelected((chosen) => new Set([...chosen].filter((id) => listed.has(id))));
    });
  };

  const loadMore = async () => {
    const { hasMore, after } = cursor();
    if (!hasMore || !after || loadingMore() || loading()) return;
    const current = view();
    const mine = generation;
    setLoadingMore(true);
    const result = await client
      .query(AudienceClientsQuery, { first: PAGE_SIZE, after, filter: filterOf(current), order: current.order }, { requestPolicy: 'network-only' })
      .toPromise();
    if (mine !== generation) return setLoadingMore(false);
    const connection = result.data?.clients;
    batch(() => {
      setLoadingMore(false);
      if (!connection) return setError(failureText(result.error, t('load.failedMore')));
      const rows = connection.edges.map((edge) => plain(edge.node));
      rows.forEach(remember);
      setState('ids', (ids) => [...ids, ...rows.map((row) => row.id).filter((id) => !ids.includes(id))]);
      setCursor({ hasMore: connection.pageInfo.hasNextPage, after: connection.pageInfo.endCursor ?? null });
    });
  };

  createEffect(
    on(view, (current, previous) => {
      // A new section, order or filter is another list: nothing chosen carries over.
      setSelected(new Set<string>());
      void loadFirst(!!previous && previous.section === current.section && previous.order === current.order);
    }),
  );
  createEffect(on(live.reconnects, (count) => count > 0 && void loadFirst(true), { defer: true }));

  /** Rows as a mutation returned them: refreshed in place, and dropped when they left the section. */
  const applyChanged = (rows: readonly Client[]) => {
    const section = untrack(view).section;
    batch(() => {
      for (const row of rows.map(plain)) remember(row);
      const gone = new Set(rows.filter((row) => !inSection(row, section)).map((row) => row.id));
      if (gone.size) {
        setState('ids', (ids) => ids.filter((id) => !gone.has(id)));
        setSelected((chosen) => new Set([...chosen].filter((id) => !gone.has(id))));
      }
    });
    void refreshCounts();
  };

  // Anyone's changes: the rows shown are loaded again (a burst's ids together, 100 a request), then placed as
  // a mutation's rows are; the counts follow.
  const changed = new Set<string>();
  let changedTimer: ReturnType<typeof setTimeout> | undefined;
  const reloadChanged = async () => {
    const ids = [...changed].filter((id) => state.byId[id]);
    changed.clear();
    if (!ids.length) return void refreshCounts();
    for (let start = 0; start < ids.length; start += 100) {
      const result = await client.query(AudienceRowsQuery, { ids: ids.slice(start, start + 100) }, { requestPolicy: 'network-only' }).toPromise();
      const rows = (result.data?.nodes ?? []).filter((node): node is Client => !!node && 'id' in node);
      applyChanged(rows);
    }
  };
  createSubscription({ query: ClientsChangedSubscription }, (_previous, data) => {
    data.clientsChanged.clientIds.forEach((id) => changed.add(id));
    clearTimeout(changedTimer);
    changedTimer = setTimeout(() => void reloadChanged(), 250);
    return data;
  });
  onCleanup(() => clearTimeout(changedTimer));

  const items = createMemo(() => state.ids.map((id) => state.byId[id]!));

  return {
    get items() {
      return items();
    },
    view,
    setSection: (section: ClientSection) => setView((current) => (current.section === section ? current : { ...current, section })),
    setOrder: (order: ClientOrder) => setView((current) => ({ ...current, order })),
    setSearch: (search: string | null) => setView((current) => (current.search === search ? current : { ...current, search })),
    setFilter: (filter: AppliedFilter | null) => setView((current) => ({ ...current, filter: filter?.conditions.length ? filter : null })),
    byId: (id: string | null) => (id ? state.byId[id] : undefined),
    counts,
    loading,
    error,
    hasMore: () => cursor().hasMore,
    loadingMore,
    loadMore,
    reload: () => loadFirst(true),
    applyChanged,
    selected,
    selectedRows: () => [...selected()].map((id) => state.byId[id]).filter((row): row is Client => !!row),
    toggle: (id: string, on: boolean) =>
      setSelected((chosen) => {
        const next = new Set(chosen);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    // "Select all": every loaded row (the page and the pages loaded below it).
    selectAll: (on: boolean) => setSelected(on ? new Set(state.ids) : new Set<string>()),
  };
};
