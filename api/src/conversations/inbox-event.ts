import type { MessageRow } from '../messages/message.entity.ts';
import type { InboxEventKind } from '../pubsub/pubsub.ts';
import type { ConversationRow } from './conversation.entity.ts';

/** What the inbox subscription resolves an id-only pub/sub event into. */
export type InboxEvent = { kind: InboxEventKind; conversation: ConversationRow; message: MessageRow | null };
