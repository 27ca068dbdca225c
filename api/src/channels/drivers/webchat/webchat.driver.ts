import type { MikroORM } from '@mikro-orm/postgresql';
import { topics } from '../../../pubsub/pubsub.ts';
import { announce as announceEvents } from '../../../pubsub/outbox.ts';
import type { ChannelCapabilities, ChannelDriver } from '../driver.ts';

export const webchatCapabilities: ChannelCapabilities = {
  maxTextLength: 4096,
  media: ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'],
  buttons: true,
  editWithinMs: 48 * 3600_000,
  deleteWithinMs: 48 * 3600_000,
  readReceipts: false,
  replyWindowMs: null,
  templates: false,
  subject: false,
};

// The web chat "messenger" is our own widget: sending, editing and deleting are publishing to the visitor's live
// topic; a visitor who is offline reads the history when the widget opens next. Like Telegram, it takes edits and
// deletions for 48 hours. Attachments travel with the message: the widget reads them (and their signed links) with it.
export function webchatDriver(orm: MikroORM): ChannelDriver {
  // Logged like every stream's events (pubsub/outbox.ts): a visitor whose widget was away gets it when it resumes.
  const announce = (message: { messageId: string; clientChannelId: string }) =>
    orm.em.fork().transactional((tx) => announceEvents(tx, { topic: topics.visitor(message.clientChannelId), event: { messageId: message.messageId } }));
  return {
    kind: 'WEBCHAT',
    capabilities: webchatCapabilities,
    async send(message) {
      await announce(message);
      return { externalId: message.messageId };
    },
    edit: announce,
    delete: announce,
  };
}
