import { useClient } from '@urql/solid';
import { batch, createEffect, createSignal, on } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { FileItemFragment, FileKind } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { failureText } from '../../../shared/refusal-text.ts';
import { ClientFilesQuery } from './client-files.query.ts';
import { mediaMessages } from './media.messages.ts';

const pageSize = 30;

// 'first': the list from the start; 'more': the next page; 'newer': the first page again, merged on top of what is
// shown (new files only ever arrive on top), so pages already opened stay.
type Load = 'first' | 'more' | 'newer';

/**
 * The client's files, newest first, a page at a time ("Show more"), of one kind or all; `changedAt` (the
 * conversation's last activity) moving on brings new files in.
 */
export const createClientFiles = (clientId: () => string, changedAt: () => string | undefined) => {
  const client = useClient();
  const t = useMessages(mediaMessages);
  const [kind, setKind] = createSignal<FileKind | null>(null);
  const [state, setState] = createStore({ files: [] as FileItemFragment[], endCursor: null as string | null, hasMore: false, loading: false, error: null as string | null });
  // Answers for an earlier client or kind arrive late sometimes: only the newest request may write.
  let request = 0;

  const load = async (how: Load) => {
    const mine = ++request;
    setState({ loading: true, error: null });
    const after = how === 'more' ? state.endCursor : null;
    const result = await client.query(ClientFilesQuery, { clientId: clientId(), first: pageSize, after, kind: kind() }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== request) return;
    const connection = result.data?.node && 'files' in result.data.node ? result.data.node.files : null;
    if (!connection) return setState({ loading: false, error: failureText(result.error, t('failed')) });
    const page = connection.edges.map((edge) => edge.node);
    const keep = how === 'newer' && state.files.length > page.length;
    const seen = new Set(page.map((file) => file.id));
    const files = how === 'first' ? page : how === 'more' ? [...state.files, ...page] : [...page, ...state.files.filter((file) => !seen.has(file.id))];
    batch(() => {
      setState('files', reconcile(files, { key: 'id' }));
      setState({ loading: false });
      if (!keep) setState({ endCursor: connection.pageInfo.endCursor ?? null, hasMore: connection.pageInfo.hasNextPage });
    });
  };

  // Another client or kind: the old list goes at once, not when the new one arrives.
  createEffect(
    on([clientId, kind], () => {
      setState({ files: [], hasMore: false });
      void load('first');
    }),
  );
  createEffect(on(changedAt, () => void load('newer'), { defer: true }));

  return {
    kind,
    setKind,
    files: () => state.files,
    loading: () => state.loading,
    error: () => state.error,
    hasMore: () => state.hasMore,
    more: () => void load('more'),
    refresh: () => void load('newer'),
  };
};
