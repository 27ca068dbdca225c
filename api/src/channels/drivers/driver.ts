import type { FileKind } from '../../files/file.entity.ts';
import type { Locale } from '../../operators/operator.entity.ts';
import type { ChannelKind } from '../channel.entity.ts';

/**
 * One connected channel as its driver sees it: its settings (`config`, shown in Settings) and its secrets (tokens,
 * passwords, app secrets: decrypted for the driver only, never stored in clear nor returned by the API).
 */
export type DriverChannel = {
  id: string;
  projectId: string;
  config: ChannelConfig;
  secrets: ChannelSecrets;
  /** Where the platform calls this channel (`<PUBLIC_URL>/hooks/<channel id>`); null when the product has no public address. */
  webhookUrl: string | null;
};
export type ChannelConfig = Record<string, string | number | boolean | null>;
export type ChannelSecrets = Record<string, string>;

/** What a channel can do: the composer and the message menu offer only this. */
export type ChannelCapabilities = {
  maxTextLength: number;
  /** File kinds it sends; empty: text only. */
  media: readonly FileKind[];
  /** Quick-reply buttons (process blocks). */
  buttons: boolean;
  /** How long after sending the messenger lets a message be edited or deleted (Telegram 48 h, VK 24 h); null: never. */
  editWithinMs: number | null;
  deleteWithinMs: number | null;
  /** The platform tells when the client read a message. */
  readReceipts: boolean;
  /** Outside `replyWindowMs` after the client's last message only approved templates may be sent (WhatsApp: 24 h). */
  replyWindowMs: number | null;
  templates: boolean;
  /** Messages carry a subject (e-mail). */
  subject: boolean;
};

/** One field of the form that connects a channel of this kind (Settings → Channels). */
export type ConnectField = {
  name: string;
  /** Stored encrypted, never shown again. */
  secret: boolean;
  /** Optional fields may be left blank. */
  optional?: boolean;
  type?: 'text' | 'number' | 'password';
};

export type OutboundMessage = {
  messageId: string;
  text: string;
  channel: DriverChannel;
  clientChannelId: string;
  /** The client's id on the messenger. */
  platformId: string;
  /** Files sent with the text; `url` is a signed link the messenger (or the driver) fetches the bytes from. */
  attachments?: OutboundAttachment[];
  /** Quick-reply buttons; a press comes back as the client's message with the label. */
  buttons?: readonly string[];
  /**
   * E-mail: the subject, and the thread it answers: the client's last mail's Message-ID, that mail's own References
   * (oldest first), and the mail to quote below the answer.
   */
  subject?: string | null;
  thread?: { inReplyTo: string | null; references: readonly string[]; quote?: QuotedMessage | null } | null;
  /** A WhatsApp template to send instead of free text (outside the reply window). */
  template?: { name: string; language: string; parameters: readonly string[] } | null;
  /**
   * After this moment the delivery's claim on the message lapses (another attempt may send it): a driver that
   * queues calls (a platform's pace) must not start one later; it fails as retryable instead.
   */
  sendBy?: Date;
};

/** A client's message an answer quotes: its text, when and by whom it was written, and how to write the date. */
export type QuotedMessage = { text: string; at: Date; from: string; locale: Locale | null; timeZone: string };

export type OutboundAttachment = { kind: FileKind; name: string; contentType: string; size: number; url: string };

/** Who wrote an inbound message, as the platform tells it: a new identity becomes a client with these details. */
export type InboundSender = {
  /** The client's id on the messenger (Telegram chat id, WhatsApp phone number id, VK peer id, e-mail address). */
  platformId: string;
  name?: string | null;
  username?: string | null;
  phone?: string | null;
  email?: string | null;
  language?: string | null;
};

/** A file of an inbound message: its bytes come from `download(ref)` (or `base64` when the driver already holds them). */
export type InboundFile = { kind: FileKind; name: string; contentType: string; ref?: string; base64?: string };

/**
 * What a platform told us, normalised. Every event has the platform's own `key` for de-duplication (a webhook
 * delivered twice, a poll repeated after a restart): one key is stored once per channel.
 */
export type InboundEvent =
  | {
      type: 'message';
      key: string;
      /** The platform's id of the message (what edit/delete/statuses/replies name). */
      externalId: string;
      from: InboundSender;
      /** The plain text (e-mail: the text part, or the HTML's text when there is none). */
      text: string;
      /** E-mail with an HTML part: that HTML, already sanitised by the driver (no scripts, styles, remote loads). */
      html?: string | null;
      files?: InboundFile[];
      /** Telegram `/start <payload>`, a link's ref: the client's tracking tag. */
      tag?: string | null;
      /** E-mail: the subject, and the ids of the thread it answers, oldest first (its References, else In-Reply-To). */
      subject?: string | null;
      references?: readonly string[];
      at?: string;
    }
  /** The client edited their message. */
  | { type: 'edited'; key: string; externalId: string; platformId: string; text: string }
  /** The platform's news of one of our messages (WhatsApp status callbacks; VK/Telegram read events). */
  | { type: 'status'; key: string; externalId: string; status: 'SENT' | 'DELIVERED' | 'READ' | 'FAILED'; reason?: string | null }
  /** The client read everything we sent up to (and including) `externalId` (VK `message_read`). */
  | { type: 'read'; key: string; platformId: string; upToExternalId: string }
  /**
   * The client blocked the bot or let it write again (Telegram `my_chat_member`, VK `message_deny`/`message_allow`):
   * replies there are refused at once while they cannot be reached.
   */
  | { type: 'reachability'; key: string; platformId: string; reachable: boolean };

export type WebhookRequest = { method: string; headers: Record<string, string | string[] | undefined>; query: URLSearchParams; body: Buffer };
/** What the platform gets back; events are stored before it is sent. */
export type WebhookAnswer = {
  events: InboundEvent[];
  status?: number;
  body?: string;
  contentType?: string;
  /**
   * Other channels the call also carries events for, each named by the settings that tell it (WhatsApp: another
   * number of the same app, `{ phoneNumberId }`, whose events reached this address): the call is handed to the
   * project's channel of that kind with those settings, if there is one, which checks it with its own secret.
   */
  elsewhere?: Record<string, string>[];
};

/** What a listening driver (long polling, IMAP) reports to; each call returns once the events are stored. */
export type ListenHost = {
  /** Stores the events (de-duplicated by key), then keeps `position` so a restart resumes after them. */
  receive(events: InboundEvent[], position?: string): Promise<void>;
  /** Where the last run stopped (as given to receive), or null on the first run. */
  position: string | null;
  /** A failure the channel's health shows (the listener goes on retrying). */
  failed(error: Error): void;
  /** The platform answered: the channel's health shows it connected. */
  ok(): void;
};

/**
 * One messenger integration, stateless: every call gets the channel it acts for. `send` must be idempotent by
 * messageId where the platform allows it (VK `random_id`); the delivery workflow claims a message before sending.
 */
export type ChannelDriver = {
  kind: ChannelKind;
  capabilities: ChannelCapabilities;
  /** The connect form's fields; absent: nothing to ask (web chat). */
  fields?: readonly ConnectField[];
  /**
   * Checks the credentials with the platform (Telegram `getMe`, an IMAP login) and answers what to keep, with a
   * name for the channel (the bot's). Throws ChannelConnectError with words for the operator when they do not work.
   */
  connect?(input: Record<string, string>, webhookUrl: string | null): Promise<{ config: ChannelConfig; secrets: ChannelSecrets; name: string }>;
  /** Tells the platform where to deliver (sets or removes the webhook); run on connect and when resumed. */
  activate?(channel: DriverChannel): Promise<void>;
  /**
   * Paused or disconnected: the platform stops calling (best effort). `disconnect`: for good, so what points at this
   * channel goes (a paused one keeps it, so that the platform's calls meet the pause and are delivered again later).
   */
  deactivate?(channel: DriverChannel, how: 'pause' | 'disconnect'): Promise<void>;
  /**
   * `problem`: something that went wrong after the platform took the message (e-mail: the copy in Sent); the message
   * counts as sent, the channel's health shows the problem.
   */
  send(message: OutboundMessage): Promise<{ externalId: string; problem?: Error }>;
  edit?(message: OutboundMessage & { externalId: string }): Promise<void>;
  delete?(message: OutboundMessage & { externalId: string }): Promise<void>;
  /** Verifies one webhook call (throw WebhookRefused: nothing is stored) and reads its events. */
  webhook?(channel: DriverChannel, request: WebhookRequest): Promise<WebhookAnswer>;
  /** Long polling or IMAP IDLE: runs until `signal` aborts, handing each batch to `host.receive` before moving on. */
  listen?(channel: DriverChannel, host: ListenHost, signal: AbortSignal): Promise<void>;
  /** The bytes of an inbound file by its ref. */
  download?(channel: DriverChannel, ref: string): Promise<{ bytes: Buffer; contentType?: string }>;
  /** Approved templates (WhatsApp), for the composer outside the reply window. */
  templates?(channel: DriverChannel): Promise<{ name: string; language: string; text: string; parameters: number }[]>;
};

/** Why a message could not be delivered, for the operator (the web words each); `reason` keeps the platform's own text. */
export const deliveryFailures = ['CLIENT_BLOCKED_BOT', 'CHAT_NOT_FOUND', 'OUTSIDE_REPLY_WINDOW', 'TOO_LONG', 'MEDIA_REJECTED', 'CHANNEL_PAUSED', 'CHANNEL_AUTH', 'PLATFORM_ERROR'] as const;
export type DeliveryFailure = (typeof deliveryFailures)[number];

/** A failure no retry can fix (the client blocked the bot, the chat is gone): delivery stops as FAILED. */
export class PermanentDeliveryError extends Error {
  readonly code: DeliveryFailure;
  constructor(message: string, code: DeliveryFailure = 'PLATFORM_ERROR') {
    super(message);
    this.code = code;
  }
  /** The client cannot be reached on this channel any more: the client channel is marked unreachable. */
  get unreachable() {
    return this.code === 'CLIENT_BLOCKED_BOT' || this.code === 'CHAT_NOT_FOUND';
  }
}

/**
 * Not sent yet, and not a failure: the channel's pace (a bot's 30 messages a second) has no turn for it before its
 * deadline. Delivery tries it again after `retryAfterMs`, when its turn is due, without counting an attempt.
 */
export class DeliveryPaced extends Error {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = Math.max(0, Math.round(retryAfterMs));
  }
}

/** The credentials did not work; the message is for the operator connecting the channel. */
export class ChannelConnectError extends Error {}

/** A webhook call that failed its check (signature, secret): answered with `status`, nothing stored. */
export class WebhookRefused extends Error {
  readonly status: number;
  constructor(message: string, status = 401) {
    super(message);
    this.status = status;
  }
}
