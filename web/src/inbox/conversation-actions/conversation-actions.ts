import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { ConversationActionPayloadFragment, ConversationListItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { conversationActionMessages } from './conversation-actions.messages.ts';
import { ArchiveConversationMutation } from './archive-conversation.mutation.ts';
import { AssignConversationMutation } from './assign-conversation.mutation.ts';
import { CloseConversationMutation } from './close-conversation.mutation.ts';
import { MarkConversationReadMutation } from './mark-conversation-read.mutation.ts';
import { MarkConversationUnreadMutation } from './mark-conversation-unread.mutation.ts';
import { PinConversationMutation } from './pin-conversation.mutation.ts';
import { ReopenConversationMutation } from './reopen-conversation.mutation.ts';
import { TakeConversationMutation } from './take-conversation.mutation.ts';
import { TransferConversationMutation } from './transfer-conversation.mutation.ts';

export type ActionName = 'read' | 'unread' | 'pin' | 'close' | 'reopen' | 'archive' | 'assign' | 'take';

/**
 * The actions on one conversation. Each answers whether it worked; a refusal (userErrors such as FORBIDDEN)
 * or a failure is kept in `error` for the header to show. The changed conversation goes to `onChanged`
 * at once; the inboxEvents echo of the same change is harmless (rows are upserted by id).
 */
export const createConversationActions = (conversationId: () => string, onChanged: (conversation: ConversationListItemFragment) => void) => {
  const client = useClient();
  const [busy, setBusy] = createSignal<ActionName | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const perform = async <Data, Variables extends AnyVariables>(
    name: ActionName,
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => ConversationActionPayloadFragment,
  ): Promise<boolean> => {
    if (busy()) return false;
    setBusy(name);
    setError(null);
    const { payload, error } = mutationOutcome(await client.mutation(document, variables).toPromise(), payloadOf, useMessages(conversationActionMessages)('failed'));
    setBusy(null);
    setError(error);
    if (payload?.conversation) onChanged(payload.conversation);
    return Boolean(payload);
  };

  const input = () => ({ input: { conversationId: conversationId() } });

  return {
    busy,
    error,
    dismissError: () => setError(null),
    markRead: () => perform('read', MarkConversationReadMutation, input(), (d) => d.markConversationRead),
    markUnread: () => perform('unread', MarkConversationUnreadMutation, input(), (d) => d.markConversationUnread),
    pin: (pinned: boolean) =>
      perform('pin', PinConversationMutation, { input: { conversationId: conversationId(), pinned } }, (d) => d.pinConversation),
    close: () => perform('close', CloseConversationMutation, input(), (d) => d.closeConversation),
    reopen: () => perform('reopen', ReopenConversationMutation, input(), (d) => d.reopenConversation),
    archive: (archived: boolean) =>
      perform('archive', ArchiveConversationMutation, { input: { conversationId: conversationId(), archived } }, (d) => d.archiveConversation),
    // operatorId null unassigns.
    assign: (operatorId: string | null, comment: string) =>
      perform(
        'assign',
        AssignConversationMutation,
        { input: { conversationId: conversationId(), operatorId, comment: comment.trim() || null } },
        (d) => d.assignConversation,
      ),
    take: () => perform('take', TakeConversationMutation, input(), (d) => d.takeConversation),
    // To a team, where it waits unassigned for a member to take it.
    transferToTeam: (teamId: string, comment: string) =>
      perform(
        'assign',
        TransferConversationMutation,
        { input: { conversationId: conversationId(), teamId, comment: comment.trim() || null } },
        (d) => d.transferConversation,
      ),
  };
};

export type ConversationActions = ReturnType<typeof createConversationActions>;
