import type { FileKind } from '../../files/file.entity.ts';
import type { ChannelKind } from '../channel.entity.ts';

export type OutboundMessage = {
  messageId: string;
  text: string;
  channelId: string;
  clientChannelId: string;
  /** The client's id on the messenger. */
  platformId: string;
  /** Files sent with the text; `url` is a signed link the messenger (or the driver) fetches the bytes from. */
  attachments?: OutboundAttachment[];
};

export type OutboundAttachment = { kind: FileKind; name: string; contentType: string; size: number; url: string };

/** One messenger integration. `send` must be idempotent by messageId: a retried attempt sends once. */
export type ChannelDriver = {
  kind: ChannelKind;
  send(message: OutboundMessage): Promise<{ externalId: string }>;
  /** How long after sending the messenger lets a message be edited or deleted (Telegram 48 h, VK 24 h); absent: never. */
  limits?: { editWithinMs?: number; deleteWithinMs?: number };
  edit?(message: OutboundMessage & { externalId: string }): Promise<void>;
  delete?(message: OutboundMessage & { externalId: string }): Promise<void>;
};


/** A failure no retry can fix (the client blocked the bot, the channel is gone): delivery stops as FAILED. */
export class PermanentDeliveryError extends Error {}
