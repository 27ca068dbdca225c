import { describe, expect, it } from 'vitest';
import type { ConversationListItemFragment } from '../../generated/graphql.ts';
import { previewAuthor, previewBody } from './message-preview.ts';

type LastMessage = NonNullable<ConversationListItemFragment['lastMessage']>;
const anna = { id: 'op-anna', name: 'Anna Operator' };
const message = (fields: Partial<LastMessage>): LastMessage => ({
  id: 'm1',
  text: 'Hello',
  senderKind: 'OPERATOR',
  direction: 'OUTBOUND',
  status: 'SENT',
  createdAt: '2026-01-01T10:00:00Z',
  deletedAt: null,
  author: anna,
  ...fields,
});

describe('the chat list preview', () => {
  it('says "You" only for the viewer’s own messages, and a colleague’s first name for theirs', () => {
    expect(previewAuthor(message({}), 'op-anna')).toEqual({ kind: 'you' });
    expect(previewAuthor(message({}), 'op-boris')).toEqual({ kind: 'colleague', name: 'Anna' });
  });

  it('names the bot, and nobody for the client or while the viewer is unknown', () => {
    expect(previewAuthor(message({ senderKind: 'BOT' }), 'op-anna')).toEqual({ kind: 'bot' });
    expect(previewAuthor(message({ senderKind: 'CLIENT', direction: 'INBOUND', author: null }), 'op-anna')).toBeNull();
    expect(previewAuthor(message({}), undefined)).toBeNull();
  });

  it('shows a deleted message as deleted, not as an attachment', () => {
    expect(previewBody(message({ text: '', deletedAt: '2026-01-01T10:05:00Z' }))).toEqual({ kind: 'deleted' });
    expect(previewBody(message({ text: '' }))).toEqual({ kind: 'attachment' });
    expect(previewBody(message({ text: 'Hello' }))).toEqual({ kind: 'text', text: 'Hello' });
  });
});
