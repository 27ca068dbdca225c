import { useClient } from '@urql/solid';
import { batch, createMemo, createSignal, onCleanup } from 'solid-js';
import type { SearchHitFragment } from '../../generated/graphql.ts';
import { failureText } from '../../shared/refusal-text.ts';
import { useMessages } from '../../i18n/messages.ts';
import { searchableText } from '../search-words.ts';
import type { ConversationTimeline } from './conversation-timeline.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import { SearchMessagesQuery } from './search-messages.query.ts';

const t = useMessages(chatWindowMessages);

const DEBOUNCE_MS = 250;

export type HitMark = 'current' | 'match';

/**
 * Word search inside one open dialog: the matching messages (oldest first), the one being looked at, and jumps
 * between them. A hit older than the loaded timeline pulls older pages in until it is there.
 */
export const createDialogSearch = (conversationId: string, timeline: ConversationTimeline) => {
  const client = useClient();
  const [open, setOpen] = createSignal(false);
  const [text, setText] = createSignal('');
  const [hits, setHits] = createSignal<SearchHitFragment[] | null>(null);
  const [index, setIndex] = createSignal(-1);
  const [searching, setSearching] = createSignal(false);
  const [reaching, setReaching] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  // A new object per jump, so jumping to the same message again scrolls to it again.
  const [focus, setFocus] = createSignal<{ id: string } | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let jump = 0;
  onCleanup(() => clearTimeout(timer));

  const loaded = (id: string) => timeline.items.some((item) => item.id === id);

  const goTo = async (next: number) => {
    const list = hits();
    if (!list?.length) return;
    const at = (next + list.length) % list.length;
    const hit = list[at]!;
    const mine = ++jump;
    setIndex(at);
    setReaching(true);
    while (!loaded(hit.message.id) && timeline.hasOlder() && !timeline.olderError()) {
      await timeline.loadOlder();
      if (mine !== jump) return;
    }
    batch(() => {
      setReaching(false);
      setFocus({ id: hit.message.id });
    });
  };

  const run = async (words: string) => {
    const mine = ++generation;
    setSearching(true);
    const result = await client.query(SearchMessagesQuery, { id: conversationId, text: words }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    const found = result.data?.conversation?.searchMessages;
    batch(() => {
      setSearching(false);
      setError(found ? null : failureText(result.error, t('dialogSearch.failed')));
      setHits(found ?? null);
      setIndex(-1);
    });
    // Start from the newest hit, nearest to where the operator is reading.
    if (found?.length) await goTo(found.length - 1);
  };

  const reset = () => {
    clearTimeout(timer);
    generation++;
    jump++;
    batch(() => {
      setHits(null);
      setIndex(-1);
      setSearching(false);
      setReaching(false);
      setError(null);
      setFocus(null);
    });
  };

  const search = (value: string, immediately = false) => {
    setText(value);
    reset();
    const words = searchableText(value);
    if (!words) return;
    if (immediately) void run(words);
    else timer = setTimeout(() => void run(words), DEBOUNCE_MS);
  };

  const marks = createMemo(() => new Set(hits()?.map((hit) => hit.message.id)));
  const currentId = () => hits()?.[index()]?.message.id;

  return {
    open,
    // Opening with the chat list's search words, if any, looks for them right away.
    show: (words: string | null) => {
      setOpen(true);
      if (words && !text()) search(words, true);
    },
    hide: () => {
      setOpen(false);
      setText('');
      reset();
    },
    text,
    search,
    hits,
    index,
    searching,
    reaching,
    error,
    focus,
    previous: () => void goTo(index() - 1),
    next: () => void goTo(index() + 1),
    markOf: (id: string): HitMark | undefined => (id === currentId() ? 'current' : marks().has(id) ? 'match' : undefined),
  };
};

export type DialogSearch = ReturnType<typeof createDialogSearch>;
