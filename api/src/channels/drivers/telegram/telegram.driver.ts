import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Api, GrammyError, HttpError, InputFile } from 'grammy';
import type { Message, ReplyKeyboardMarkup, Update } from 'grammy/types';
import {
  ChannelConnectError,
  DeliveryPaced,
  PermanentDeliveryError,
  WebhookRefused,
  type ChannelDriver,
  type DriverChannel,
  type InboundEvent,
  type InboundFile,
  type OutboundMessage,
} from '../driver.ts';
import { paces, takeTurns } from '../pace.ts';

// Telegram through the Bot API (grammy's client): a bot token connects it. Updates come by webhook (with the
// `secret_token` Telegram echoes in a header) when the product has a public address, otherwise by long polling
// (getUpdates), resumed after the last stored update. Each outbound message is one or more Telegram messages
// (files first, then the text with its keyboard); their ids are kept together as the message's externalId.

const hours48 = 48 * 3600_000;
// `my_chat_member`: a user blocking the bot (or restarting it) is known at once, not from the next send's 403.
const allowedUpdates = ['message', 'edited_message', 'my_chat_member'] as const;
const secretHeader = 'x-telegram-bot-api-secret-token';

/** Each send's deadline by its signal: grammy hands transformers a call's signal, not a time. The signal never aborts. */
const deadlines = new WeakMap<object, number>();
const deadlineSignal = (by: Date) => {
  const signal = new AbortController().signal;
  deadlines.set(signal, by.getTime());
  return signal;
};

export function telegramDriver(options: { apiRoot: string; pollTimeoutSeconds?: number }): ChannelDriver {
  // One client per bot, each call paced (pace.ts): 30 a second per bot, one a second per chat. The send's deadline
  // travels as the call's signal; the signal is not handed on, since a call under way is never cut.
  const apis = new Map<string, Api>();
  const turns = paces(30, 1000);
  const apiOf = (token: string) => {
    let api = apis.get(token);
    if (!api) {
      api = new Api(token, { apiRoot: options.apiRoot });
      api.config.use(async (prev, method, payload, signal) => {
        if (payload && 'chat_id' in payload) await takeTurns(turns(token), String(payload.chat_id), deadlines.get(signal as object), 1, 'Telegram');
        return prev(method, payload);
      });
      apis.set(token, api);
    }
    return api;
  };
  const api = (channel: DriverChannel) => apiOf(channel.secrets.token ?? '');

  async function send(message: OutboundMessage) {
    const bot = api(message.channel);
    const chat = message.platformId;
    const ids: number[] = [];
    type Signal = Parameters<Api['sendMessage']>[3];
    const signal = (message.sendBy ? deadlineSignal(message.sendBy) : undefined) as Signal;
    try {
      for (const file of message.attachments ?? []) {
        const input = new InputFile(new URL(file.url), file.name);
        const sent =
          file.kind === 'IMAGE'
            ? await bot.sendPhoto(chat, input, {}, signal)
            : file.kind === 'VIDEO'
              ? await bot.sendVideo(chat, input, {}, signal)
              : file.kind === 'AUDIO'
                ? await bot.sendAudio(chat, input, {}, signal)
                : await bot.sendDocument(chat, input, {}, signal);
        ids.push(sent.message_id);
      }
      if (message.text) {
        const keyboard: ReplyKeyboardMarkup | undefined = message.buttons?.length
          ? { keyboard: message.buttons.map((text) => [{ text }]), one_time_keyboard: true, resize_keyboard: true }
          : undefined;
        ids.push((await bot.sendMessage(chat, message.text, keyboard ? { reply_markup: keyboard } : {}, signal)).message_id);
      }
    } catch (error) {
      // Sent in part: what went out is taken back, so that the retry does not show the client a file twice.
      if (ids.length) await bot.deleteMessages(chat, ids).catch(() => {});
      throw deliveryError(error);
    }
    return { externalId: ids.join(',') };
  }

  return {
    kind: 'TELEGRAM',
    capabilities: {
      maxTextLength: 4096,
      media: ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'],
      buttons: true,
      editWithinMs: hours48,
      deleteWithinMs: hours48,
      readReceipts: false,
      replyWindowMs: null,
      templates: false,
      subject: false,
    },
    fields: [{ name: 'token', secret: true, type: 'password' }],

    async connect(input) {
      const token = (input.token ?? '').trim();
      if (!/^\d+:[\w-]{20,}$/.test(token)) throw new ChannelConnectError('This is not a bot token: BotFather gives one like 123456789:AAH…');
      try {
        const me = await apiOf(token).getMe();
        return {
          config: { botId: me.id, username: me.username },
          // The secret Telegram sends back with every webhook call, so that nobody else can post updates to us.
          secrets: { token, webhookSecret: randomBytes(24).toString('base64url') },
          name: me.first_name,
        };
      } catch (error) {
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) throw new ChannelConnectError('Telegram does not know this token: check it with BotFather.');
        throw new ChannelConnectError('Telegram could not be reached: try again in a moment.');
      }
    },

    async activate(channel) {
      const bot = api(channel);
      if (channel.webhookUrl) {
        await bot.setWebhook(channel.webhookUrl, { secret_token: channel.secrets.webhookSecret, allowed_updates: [...allowedUpdates] });
      } else {
        // Long polling needs no webhook (getUpdates is refused while one is set); pending updates stay.
        await bot.deleteWebhook({ drop_pending_updates: false });
      }
    },

    async deactivate(channel) {
      if (channel.webhookUrl) await api(channel).deleteWebhook({ drop_pending_updates: false });
    },

    send,

    async edit(message) {
      const textId = Number(message.externalId.split(',').at(-1));
      try {
        await api(message.channel).editMessageText(message.platformId, textId, message.text);
      } catch (error) {
        throw deliveryError(error);
      }
    },

    async delete(message) {
      const ids = message.externalId.split(',').map(Number);
      try {
        await api(message.channel).deleteMessages(message.platformId, ids);
      } catch (error) {
        throw deliveryError(error);
      }
    },

    async webhook(channel, request) {
      const given = request.headers[secretHeader];
      const expected = channel.secrets.webhookSecret ?? '';
      if (typeof given !== 'string' || !expected || !sameText(given, expected)) throw new WebhookRefused('Wrong or missing secret token.', 401);
      let update: Update;
      try {
        update = JSON.parse(request.body.toString('utf8')) as Update;
      } catch {
        throw new WebhookRefused('The body is not JSON.', 400);
      }
      return { events: eventsOf([update]) };
    },

    async listen(channel, host, signal) {
      const bot = api(channel);
      let offset = host.position ? Number(host.position) + 1 : undefined;
      let failures = 0;
      while (!signal.aborted) {
        try {
          const updates = await bot.getUpdates({ offset, timeout: options.pollTimeoutSeconds ?? 25, allowed_updates: [...allowedUpdates] }, signal as Parameters<Api['getUpdates']>[1]);
          host.ok();
          failures = 0;
          if (!updates.length) continue;
          const last = updates.at(-1)!.update_id;
          // Stored before the next call confirms them to Telegram (the offset past them).
          await host.receive(eventsOf(updates), String(last));
          offset = last + 1;
        } catch (error) {
          if (signal.aborted) return;
          failures++;
          // A webhook set elsewhere blocks getUpdates: this channel polls, so it goes.
          if (error instanceof GrammyError && error.error_code === 409) await bot.deleteWebhook({ drop_pending_updates: false }).catch(() => {});
          host.failed(new Error(describe(error)));
          await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)), signal);
        }
      }
    },

    async download(channel, ref) {
      const bot = api(channel);
      const file = await bot.getFile(ref);
      if (!file.file_path) throw new Error('Telegram gave no path for the file.');
      const response = await fetch(`${options.apiRoot}/file/bot${channel.secrets.token}/${file.file_path}`);
      if (!response.ok) throw new Error(`Telegram answered ${response.status} for a file.`);
      return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? undefined };
    },
  };
}

/** The events of Telegram updates: clients' messages (with their files and /start payloads), their edits, blocks and unblocks. */
export function eventsOf(updates: readonly Update[]): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const update of updates) {
    const key = `update:${update.update_id}`;
    if (update.message && update.message.chat.type === 'private') {
      const message = update.message;
      const text = message.text ?? message.caption ?? '';
      const start = /^\/start(?:\s+(\S+))?$/.exec(text);
      events.push({
        type: 'message',
        key,
        externalId: String(message.message_id),
        from: {
          platformId: String(message.chat.id),
          name: [message.from?.first_name, message.from?.last_name].filter(Boolean).join(' ') || null,
          username: message.from?.username ?? null,
          language: message.from?.language_code ?? null,
          phone: message.contact && message.contact.user_id === message.from?.id ? message.contact.phone_number : null,
        },
        text: message.contact ? `${text}${text ? '\n' : ''}📞 ${message.contact.phone_number}` : text,
        files: filesOf(message),
        tag: start?.[1] ?? null,
        at: new Date(message.date * 1000).toISOString(),
      });
    } else if (update.edited_message && update.edited_message.chat.type === 'private') {
      const message = update.edited_message;
      events.push({ type: 'edited', key, externalId: String(message.message_id), platformId: String(message.chat.id), text: message.text ?? message.caption ?? '' });
    } else if (update.my_chat_member && update.my_chat_member.chat.type === 'private') {
      // In a private chat the bot is `kicked` when the user blocks it and a `member` again when they restart it.
      const { chat, new_chat_member: member } = update.my_chat_member;
      if (member.status === 'kicked' || member.status === 'member') events.push({ type: 'reachability', key, platformId: String(chat.id), reachable: member.status === 'member' });
    }
  }
  return events;
}

function filesOf(message: Message): InboundFile[] {
  const files: InboundFile[] = [];
  if (message.photo?.length) {
    const largest = message.photo.at(-1)!;
    files.push({ kind: 'IMAGE', name: `photo-${largest.file_unique_id}.jpg`, contentType: 'image/jpeg', ref: largest.file_id });
  }
  if (message.document) {
    const doc = message.document;
    files.push({ kind: 'DOCUMENT', name: doc.file_name ?? `file-${doc.file_unique_id}`, contentType: doc.mime_type ?? 'application/octet-stream', ref: doc.file_id });
  }
  if (message.voice) files.push({ kind: 'AUDIO', name: `voice-${message.voice.file_unique_id}.ogg`, contentType: message.voice.mime_type ?? 'audio/ogg', ref: message.voice.file_id });
  if (message.audio) {
    const audio = message.audio;
    files.push({ kind: 'AUDIO', name: audio.file_name ?? `audio-${audio.file_unique_id}.mp3`, contentType: audio.mime_type ?? 'audio/mpeg', ref: audio.file_id });
  }
  if (message.video) {
    const video = message.video;
    files.push({ kind: 'VIDEO', name: video.file_name ?? `video-${video.file_unique_id}.mp4`, contentType: video.mime_type ?? 'video/mp4', ref: video.file_id });
  }
  if (message.video_note) files.push({ kind: 'VIDEO', name: `video-note-${message.video_note.file_unique_id}.mp4`, contentType: 'video/mp4', ref: message.video_note.file_id });
  if (message.sticker) {
    const sticker = message.sticker;
    const [type, extension] = sticker.is_video ? ['video/webm', 'webm'] : sticker.is_animated ? ['application/x-tgsticker', 'tgs'] : ['image/webp', 'webp'];
    files.push({ kind: 'IMAGE', name: `sticker-${sticker.file_unique_id}.${extension}`, contentType: type!, ref: sticker.file_id });
  }
  return files;
}

/** Telegram's refusals in an operator's words: permanent ones stop the retries, the rest are tried again. */
function deliveryError(error: unknown): Error {
  if (error instanceof DeliveryPaced) return error;
  if (error instanceof GrammyError) {
    const description = error.description.toLowerCase();
    if (error.error_code === 403) return new PermanentDeliveryError('The client blocked the bot or left the chat.', 'CLIENT_BLOCKED_BOT');
    if (description.includes('chat not found') || description.includes('user is deactivated')) return new PermanentDeliveryError('Telegram has no such chat any more.', 'CHAT_NOT_FOUND');
    if (description.includes('too long')) return new PermanentDeliveryError('The text is longer than Telegram takes.', 'TOO_LONG');
    if (error.error_code === 401) return new PermanentDeliveryError('Telegram no longer accepts the bot token: reconnect the channel.', 'CHANNEL_AUTH');
    if (error.error_code === 400 && (description.includes('wrong file') || description.includes('failed to get http url content') || description.includes('file'))) {
      return new PermanentDeliveryError('Telegram did not take the file.', 'MEDIA_REJECTED');
    }
    if (error.error_code === 400) return new PermanentDeliveryError(`Telegram refused the message: ${error.description}`, 'PLATFORM_ERROR');
  }
  return new Error(describe(error));
}

/** A failure in words without the bot token (grammy's messages never carry it; raw errors might). */
function describe(error: unknown): string {
  if (error instanceof GrammyError) {
    return error.error_code === 429 ? `Telegram asks to slow down (retry after ${error.parameters.retry_after ?? '?'} s).` : `Telegram answered ${error.error_code}: ${error.description}`;
  }
  if (error instanceof HttpError) return 'Telegram could not be reached.';
  return 'Telegram failed.';
}

function sameText(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
