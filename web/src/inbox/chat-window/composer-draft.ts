import { useClient } from '@urql/solid';
import { onCleanup } from 'solid-js';
import { ConversationDraftQuery } from './conversation-draft.query.ts';
import { SaveDraftMutation } from './save-draft.mutation.ts';

const SAVE_AFTER_MS = 800;

/**
 * The composer's unsent text, kept per operator and conversation on the server: restored when the conversation
 * opens, saved 800 ms after the last keystroke (and at once when the conversation is left), cleared on send.
 */
export const createComposerDraft = (conversationId: string, onRestore: (text: string) => void) => {
  const client = useClient();
  let saved = '';
  let pending: string | null = null;
  let touched = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // network-only: a draft cached from an earlier visit is older than the one saved on leaving.
  void client
    .query(ConversationDraftQuery, { id: conversationId }, { requestPolicy: 'network-only' })
    .toPromise()
    .then((result) => {
      const draft = result.data?.conversation?.draft;
      // Whatever the operator typed meanwhile wins.
      if (!draft || touched) return;
      saved = draft;
      onRestore(draft);
    });

  const flush = () => {
    clearTimeout(timer);
    if (pending === null || pending === saved) return;
    const text = pending;
    pending = null;
    saved = text;
    void client.mutation(SaveDraftMutation, { input: { conversationId, text } }).toPromise();
  };

  onCleanup(flush);

  return {
    save: (text: string) => {
      touched = true;
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_AFTER_MS);
    },
    clear: () => {
      pending = '';
      flush();
    },
  };
};
