import type { ConversationListItemFragment } from '../../generated/graphql.ts';
import { firstName } from '../../ui/format.ts';

type LastMessage = NonNullable<ConversationListItemFragment['lastMessage']>;

/** Who the chat list names before the last message: the viewer, a colleague by first name, the bot, or nobody. */
export type PreviewAuthor = { kind: 'you' } | { kind: 'colleague'; name: string } | { kind: 'bot' } | null;

/** What the chat list shows of the last message: its text, that it was deleted, or that it holds files only. */
export type PreviewBody = { kind: 'text'; text: string } | { kind: 'deleted' } | { kind: 'attachment' };

export const previewAuthor = (message: LastMessage, viewerId: string | undefined): PreviewAuthor => {
  if (message.senderKind === 'BOT') return { kind: 'bot' };
  if (message.senderKind !== 'OPERATOR') return null;
  // The viewer not known yet: no name rather than a wrong "You".
  if (!message.author || !viewerId) return null;
  return message.author.id === viewerId ? { kind: 'you' } : { kind: 'colleague', name: firstName(message.author.name) };
};

export const previewBody = (message: LastMessage): PreviewBody => {
  // A deleted message's text is empty on the server, like a message of files only: tell them apart.
  if (message.deletedAt) return { kind: 'deleted' };
  return message.text ? { kind: 'text', text: message.text } : { kind: 'attachment' };
};
