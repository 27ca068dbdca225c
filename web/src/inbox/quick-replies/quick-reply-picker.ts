import { createQuery, useClient } from '@urql/solid';
import { createMemo, createSignal } from 'solid-js';
import type { FillQuickReplyQuery as FilledResult, QuickRepliesQuery as QuickRepliesResult } from '../../generated/graphql.ts';
import { FillQuickReplyQuery } from './fill-quick-reply.query.ts';
import { failureText } from '../../shared/refusal-text.ts';
import { QuickRepliesQuery } from './quick-replies.query.ts';

type QuickReply = QuickRepliesResult['quickReplies'][number];
export type QuickReplyGroup = { id: string; name: string; replies: QuickReply[] };
export type FilledQuickReply = NonNullable<FilledResult['fillQuickReply']>;

/**
 * The composer's quick reply picker: searched on the server, grouped by folder (folders in their order, then
 * the replies outside any), and walked with the arrow keys in the order shown.
 */
export const createQuickReplyPicker = (conversationId: () => string) => {
  const client = useClient();
  const [open, setOpen] = createSignal(false);
  // The small form for a new quick reply, in place of the list.
  const [creating, setCreating] = createSignal(false);
  const [search, setSearch] = createSignal('');
  const [active, setActive] = createSignal(0);
  const [result] = createQuery({
    query: QuickRepliesQuery,
    variables: () => ({ search: search().trim() || null }),
    pause: () => !open(),
    requestPolicy: 'cache-and-network',
  });

  const groups = createMemo((): QuickReplyGroup[] => {
    const data = result.data;
    if (!data) return [];
    // The replies outside any folder come last, in a group the picker names (id '').
    const folders = [...data.quickReplyFolders, { id: '', name: '' }];
    return folders
      .map((folder) => ({ ...folder, replies: data.quickReplies.filter((reply) => (reply.folder?.id ?? '') === folder.id) }))
      .filter((group) => group.replies.length > 0);
  });
  const flat = createMemo(() => groups().flatMap((group) => group.replies));

  return {
    open,
    show: () => {
      setSearch('');
      setActive(0);
      setCreating(false);
      setOpen(true);
    },
    close: () => setOpen(false),
    creating,
    setCreating,
    search,
    setSearch: (value: string) => {
      setSearch(value);
      setActive(0);
    },
    groups,
    loading: () => result.fetching && !result.data,
    error: () => result.error && failureText(result.error, ''),
    isActive: (id: string) => flat()[active()]?.id === id,
    activeReply: () => flat()[active()],
    move: (step: 1 | -1) => setActive((index) => (index + step + flat().length) % Math.max(1, flat().length)),
    // The reply's text with the client's variables filled in, and the placeholders left; null when it failed.
    fill: async (quickReplyId: string): Promise<FilledQuickReply | null> => {
      const filled = await client.query(FillQuickReplyQuery, { quickReplyId, conversationId: conversationId() }, { requestPolicy: 'network-only' }).toPromise();
      return filled.data?.fillQuickReply ?? null;
    },
  };
};

export type QuickReplyPicker = ReturnType<typeof createQuickReplyPicker>;
