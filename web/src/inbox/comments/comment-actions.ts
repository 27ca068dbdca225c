import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import type { CommentFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { commentMessages } from './comments.messages.ts';
import { AddCommentMutation } from './add-comment.mutation.ts';
import { DeleteCommentMutation } from './delete-comment.mutation.ts';
import { EditCommentMutation } from './edit-comment.mutation.ts';
import { PinCommentMutation } from './pin-comment.mutation.ts';

const t = useMessages(commentMessages);

type Payload = { comment: CommentFragment | null; userErrors: { message: string }[] };

// Why a comment action failed, or null when it worked.
export type CommentResult = string | null;

/**
 * Writing and changing internal notes. The changed comment goes to `onChanged` at once; the timeline
 * subscription's echo of it is harmless (entries are upserted by id).
 */
export const createCommentActions = (onChanged: (comment: CommentFragment) => void) => {
  const client = useClient();

  const perform = async <Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => Payload,
  ): Promise<CommentResult> => {
    const { payload, error } = mutationOutcome(await client.mutation(document, variables).toPromise(), payloadOf, t('notSaved'));
    if (payload?.comment) onChanged(payload.comment);
    return error;
  };

  return {
    add: (conversationId: string, text: string, mentionIds: string[]) =>
      perform(AddCommentMutation, { input: { conversationId, text, mentionIds } }, (d) => d.addComment),
    edit: (commentId: string, text: string, mentionIds: string[]) =>
      perform(EditCommentMutation, { input: { commentId, text, mentionIds } }, (d) => d.editComment),
    remove: (commentId: string) => perform(DeleteCommentMutation, { input: { commentId } }, (d) => d.deleteComment),
    pin: (commentId: string, pinned: boolean) => perform(PinCommentMutation, { input: { commentId, pinned } }, (d) => d.pinComment),
  };
};

export type CommentActions = ReturnType<typeof createCommentActions>;
