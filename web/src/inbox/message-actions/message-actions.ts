import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { messageActionMessages } from './message-actions.messages.ts';
import { DeleteMessageMutation } from './delete-message.mutation.ts';
import { EditMessageMutation } from './edit-message.mutation.ts';
import { ForwardMessageMutation } from './forward-message.mutation.ts';
import { PinMessageMutation } from './pin-message.mutation.ts';

type Payload = { message: ChatMessageFragment | null; userErrors: { message: string }[] };

// Why a message action failed, or null when it worked.
export type MessageResult = string | null;

/**
 * Pinning, editing, deleting and forwarding messages. The changed message goes to `onChanged` at once (a
 * forwarded copy belongs to another conversation: the message bus carries it there).
 */
export const createMessageActions = (onChanged: (message: ChatMessageFragment) => void) => {
  const client = useClient();

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => Payload,
  ): Promise<MessageResult> => {
    const { payload, error } = mutationOutcome(await client.mutation(document, variables).toPromise(), payloadOf, useMessages(messageActionMessages)('notChanged'));
    if (payload?.message) onChanged(payload.message);
    return error;
  };

  return {
    pin: (messageId: string, pinned: boolean) => perform(PinMessageMutation, { input: { messageId, pinned } }, (d) => d.pinMessage),
    edit: (messageId: string, text: string) => perform(EditMessageMutation, { input: { messageId, text } }, (d) => d.editMessage),
    remove: (messageId: string) => perform(DeleteMessageMutation, { input: { messageId } }, (d) => d.deleteMessage),
    forward: (messageId: string, clientChannelId: string, subject?: string) =>
      perform(ForwardMessageMutation, { input: { messageId, clientChannelId, ...(subject ? { subject } : {}) } }, (d) => d.forwardMessage),
  };
};

export type MessageActions = ReturnType<typeof createMessageActions>;
