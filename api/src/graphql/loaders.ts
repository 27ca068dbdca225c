import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { ClientChannelRow } from '../clients/client-channel.entity.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import type { CommentRow } from '../conversations/comment.entity.ts';
import type { ConversationEventRow } from '../conversations/conversation-event.entity.ts';
import type { ConversationRow } from '../conversations/conversation.entity.ts';
import { select } from '../db/rows.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { QuickReplyFolderRow } from '../quick-replies/quick-reply.entity.ts';

// Per-request batching: a list of N rows resolves each relation with one query, not N.
export function createLoaders(em: EntityManager) {
  return {
    channel: byId<ChannelRow>(em, 'channel'),
    client: byId<ClientRow>(em, 'client'),
    // Never the visitor's token hash.
    clientChannel: byId<ClientChannelRow>(em, 'client_channel', 'id, project_id, client_id, channel_id, platform_id, created_at'),
    conversation: byId<ConversationRow>(em, 'conversation'),
    conversationEvent: byId<ConversationEventRow>(em, 'conversation_event'),
    comment: byId<CommentRow>(em, 'comment'),
    quickReplyFolder: byId<QuickReplyFolderRow>(em, 'quick_reply_folder'),
    message: byId<MessageRow>(em, 'message', messageColumns()),
    operator: byId<OperatorRow>(em, 'operator', operatorColumns),
    clientChannelsByClient: new DataLoader<string, ClientChannelRow[]>(async (clientIds) => {
      const rows = await select<ClientChannelRow>(
        em,
        'select id, project_id, client_id, channel_id, platform_id, created_at from client_channel where client_id in (?) order by created_at',
        [clientIds],
      );
      return clientIds.map((id) => rows.filter((row) => row.clientId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<T extends { id: string }>(em: EntityManager, table: string, columns = '*') {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await select<T>(em, `select ${columns} from ${table} where id in (?)`, [ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads the row behind a nullable foreign key. */
export const loadNullable = <T>(loader: DataLoader<string, T | null>, id: string | null | undefined) => (id ? loader.load(id) : null);
