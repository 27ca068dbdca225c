// A Telegram Bot API server for tests (the machines have no internet): the methods the driver calls, with the
// shapes and error answers of https://core.telegram.org/bots/api, over real HTTP (JSON, form and multipart bodies,
// as grammy sends them). It plays the users too: their messages become updates, delivered to the bot's webhook
// (with its secret token) when one is set, or handed out by getUpdates until confirmed by the offset.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Sent = { message_id: number; chat_id: string; kind: 'text' | 'photo' | 'video' | 'audio' | 'document'; text?: string; file?: { name: string; bytes: Buffer }; reply_markup?: unknown; edited?: boolean; deleted?: boolean };
type Failure = { status: number; description: string; retry_after?: number };

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

export async function startFakeTelegram(bots: Record<string, { id: number; username: string; first_name: string }> = { '123456:AAFakeTokenForTestsOnly_abcdefghij': { id: 123456, username: 'shop_bot', first_name: 'Shop' } }) {
  let updateId = 1000;
  let messageId = 1;
  const updates: { id: number; update: Record<string, unknown> }[] = [];
  const files = new Map<string, { path: string; bytes: Buffer }>();
  const sent: Sent[] = [];
  const calls: { method: string; params: Record<string, unknown> }[] = [];
  const webhook: { url: string | null; secret: string | null } = { url: null, secret: null };
  const blocked = new Set<string>();
  // The update types the bot asked for (setWebhook or getUpdates `allowed_updates`, kept until given again); others
  // are neither delivered nor queued. Telegram's default: every type but chat_member and the reaction ones.
  let allowed: string[] | null = null;
  const defaultOff = ['chat_member', 'message_reaction', 'message_reaction_count'];
  const isAllowed = (update: Record<string, unknown>) => {
    const type = Object.keys(update).find((name) => name !== 'update_id')!;
    return allowed?.length ? allowed.includes(type) : !defaultOff.includes(type);
  };
  const failures: { method: string; failure: Failure }[] = [];
  let down = false;
  let waiting: (() => void)[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  async function params(req: IncomingMessage, url: URL) {
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks)));
    });
    const type = req.headers['content-type'] ?? '';
    const out: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (type.includes('application/json') && body.length) Object.assign(out, JSON.parse(body.toString('utf8')));
    else if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
      const form = await new Request('http://fake', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') out[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
        else out[name] = { name: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
      }
    }
    // grammy sends files as `attach://<id>` pointing at another form field.
    for (const [name, value] of Object.entries(out)) if (typeof value === 'string' && value.startsWith('attach://')) out[name] = out[value.slice(9)];
    return out;
  }

  const ok = (res: ServerResponse, result: unknown) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  const fail = (res: ServerResponse, failure: Failure) =>
    void res
      .writeHead(failure.status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ ok: false, error_code: failure.status, description: failure.description, ...(failure.retry_after ? { parameters: { retry_after: failure.retry_after } } : {}) }));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      const found = [...files.values()].find((entry) => entry.path === decodeURIComponent(file[2]!));
      return found ? void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(found.bytes) : void res.writeHead(404).end();
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match) return void res.writeHead(404).end();
    const [, token, method] = match as unknown as [string, string, string];
    const p = await params(req, url);
    calls.push({ method, params: p });
    if (down) return fail(res, { status: 502, description: 'Bad Gateway' });
    const bot = bots[token];
    if (!bot) return fail(res, { status: 401, description: 'Unauthorized' });
    const planned = failures.findIndex((entry) => entry.method === method);
    if (planned >= 0) return fail(res, failures.splice(planned, 1)[0]!.failure);
    const chat = String(p.chat_id ?? '');
    const send = (kind: Sent['kind'], extra: Partial<Sent>) => {
      if (blocked.has(chat)) return fail(res, { status: 403, description: 'Forbidden: bot was blocked by the user' });
      if (!/^-?\d+$/.test(chat)) return fail(res, { status: 400, description: 'Bad Request: chat not found' });
      if (typeof extra.text === 'string' && extra.text.length > 4096) return fail(res, { status: 400, description: 'Bad Request: message is too long' });
      const message: Sent = { message_id: messageId++, chat_id: chat, kind, ...extra };
      sent.push(message);
      return ok(res, { message_id: message.message_id, date: Math.floor(Date.now() / 1000), chat: { id: Number(chat), type: 'private' }, text: message.text });
    };
    const upload = (field: string) => {
      const value = p[field] as { name: string; bytes: Buffer } | string | undefined;
      return typeof value === 'object' ? value : { name: String(value), bytes: Buffer.alloc(0) };
    };
    switch (method) {
      case 'getMe':
        return ok(res, { ...bot, is_bot: true });
      case 'setWebhook':
        webhook.url = String(p.url);
        webhook.secret = (p.secret_token as string) ?? null;
        if (Array.isArray(p.allowed_updates)) allowed = p.allowed_updates as string[];
        return ok(res, true);
      case 'deleteWebhook':
        webhook.url = null;
        webhook.secret = null;
        return ok(res, true);
      case 'getUpdates': {
        if (webhook.url) return fail(res, { status: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
        if (Array.isArray(p.allowed_updates)) allowed = p.allowed_updates as string[];
        const offset = Number(p.offset ?? 0);
        // Confirmed: everything before the offset is forgotten.
        while (updates.length && updates[0]!.id < offset) updates.shift();
        if (!updates.length && Number(p.timeout ?? 0) > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Number(p.timeout) * 1000);
            waiting.push(() => (clearTimeout(timer), resolve()));
            req.on('close', () => (clearTimeout(timer), resolve()));
          });
        }
        if (res.destroyed) return;
        return ok(res, updates.map((entry) => entry.update));
      }
      case 'sendMessage':
        return send('text', { text: String(p.text), reply_markup: p.reply_markup });
      case 'sendPhoto':
        return send('photo', { file: upload('photo'), text: p.caption as string | undefined });
      case 'sendVideo':
        return send('video', { file: upload('video') });
      case 'sendAudio':
        return send('audio', { file: upload('audio') });
      case 'sendDocument':
        return send('document', { file: upload('document') });
      case 'editMessageText': {
        const message = sent.find((m) => m.chat_id === chat && m.message_id === Number(p.message_id) && !m.deleted);
        if (!message) return fail(res, { status: 400, description: 'Bad Request: message to edit not found' });
        message.text = String(p.text);
        message.edited = true;
        return ok(res, { message_id: message.message_id, chat: { id: Number(chat), type: 'private' }, text: message.text });
      }
      case 'deleteMessages':
      case 'deleteMessage': {
        const ids = method === 'deleteMessage' ? [Number(p.message_id)] : (p.message_ids as number[]);
        for (const message of sent) if (message.chat_id === chat && ids.includes(message.message_id)) message.deleted = true;
        return ok(res, true);
      }
      case 'getFile': {
        const entry = files.get(String(p.file_id));
        if (!entry) return fail(res, { status: 400, description: 'Bad Request: invalid file_id' });
        return ok(res, { file_id: p.file_id, file_unique_id: `u${p.file_id}`, file_size: entry.bytes.length, file_path: entry.path });
      }
      default:
        return fail(res, { status: 404, description: 'Not Found: method not found' });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Hands an update to the bot: POSTed to its webhook (answering the status), or queued for getUpdates. */
  async function deliver(update: Record<string, unknown>, options: { secret?: string | null } = {}) {
    if (!isAllowed(update)) return 200;
    if (webhook.url) {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...((options.secret ?? webhook.secret) ? { 'x-telegram-bot-api-secret-token': (options.secret ?? webhook.secret)! } : {}) },
        body: JSON.stringify(update),
      });
      return response.status;
    }
    updates.push({ id: update.update_id as number, update });
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
    return 200;
  }

  // https://core.telegram.org/bots/api#chatmemberupdated: the bot's own membership in the user's private chat.
  async function chatMemberUpdate(user: { id: number; first_name: string; username?: string }, before: Record<string, unknown>, after: Record<string, unknown>) {
    const me = Object.values(bots)[0]!;
    const bot = { id: me.id, is_bot: true, first_name: me.first_name, username: me.username };
    const update = {
      update_id: ++updateId,
      my_chat_member: {
        chat: { id: user.id, first_name: user.first_name, ...(user.username ? { username: user.username } : {}), type: 'private' },
        from: { ...user, is_bot: false, language_code: 'ru' },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { user: bot, ...before },
        new_chat_member: { user: bot, ...after },
      },
    };
    return { update, status: await deliver(update) };
  }

  return {
    root,
    token: Object.keys(bots)[0]!,
    sent,
    calls,
    webhook,
    /** What the bot sent to a chat, not deleted, oldest first. */
    chat: (chatId: number | string) => sent.filter((message) => message.chat_id === String(chatId)),
    /** A user writes to the bot: text, or a photo or document with a caption. Answers the update (and the status its delivery got). */
    async userSends(user: { id: number; first_name: string; last_name?: string; username?: string }, content: { text?: string; photo?: Buffer; document?: { name: string; mime: string; bytes: Buffer } }) {
      const id = messageId++;
      const message: Record<string, unknown> = { message_id: id, date: Math.floor(Date.now() / 1000), from: { ...user, is_bot: false, language_code: 'ru' }, chat: { id: user.id, type: 'private', first_name: user.first_name } };
      if (content.photo) {
        const fileId = `photo${id}`;
        files.set(fileId, { path: `photos/${fileId}.jpg`, bytes: content.photo });
        message.photo = [{ file_id: `${fileId}-small`, file_unique_id: `s${id}`, width: 90, height: 90 }, { file_id: fileId, file_unique_id: `p${id}`, width: 800, height: 600 }];
        if (content.text) message.caption = content.text;
      } else if (content.document) {
        const fileId = `doc${id}`;
        files.set(fileId, { path: `documents/${content.document.name}`, bytes: content.document.bytes });
        message.document = { file_id: fileId, file_unique_id: `d${id}`, file_name: content.document.name, mime_type: content.document.mime };
        if (content.text) message.caption = content.text;
      } else message.text = content.text ?? '';
      const update = { update_id: ++updateId, message };
      return { update, status: await deliver(update) };
    },
    /** A user edits an earlier message of theirs. */
    async userEdits(user: { id: number; first_name: string }, messageIdToEdit: number, text: string) {
      const update = { update_id: ++updateId, edited_message: { message_id: messageIdToEdit, date: Math.floor(Date.now() / 1000), edit_date: Math.floor(Date.now() / 1000), from: { ...user, is_bot: false }, chat: { id: user.id, type: 'private' }, text } };
      return { update, status: await deliver(update) };
    },
    /**
     * The user blocks the bot (Telegram: "Stop and block bot"): sends to them answer 403 from now on, and the bot
     * gets a `my_chat_member` update (ChatMemberUpdated) whose new status is `kicked`.
     */
    async userBlocksBot(user: { id: number; first_name: string; username?: string }) {
      blocked.add(String(user.id));
      return chatMemberUpdate(user, { status: 'member' }, { status: 'kicked', until_date: 0 });
    },
    /** The user restarts the bot after blocking it: sends reach them again, and `my_chat_member` says `member`. */
    async userRestartsBot(user: { id: number; first_name: string; username?: string }) {
      blocked.delete(String(user.id));
      return chatMemberUpdate(user, { status: 'kicked', until_date: 0 }, { status: 'member' });
    },
    /** Delivers an update again, as Telegram does when our answer was lost; or with another secret. */
    deliver,
    /** The user blocked the bot: sends to them answer 403. */
    block: (chatId: number) => blocked.add(String(chatId)),
    /** The next call of `method` fails with this answer. */
    failNext: (method: string, failure: Failure) => failures.push({ method, failure }),
    /** Every call answers 502 while true. */
    setDown: (value: boolean) => void (down = value),
    /** Updates not confirmed yet (long polling). */
    pending: () => updates.length,
    async stop() {
      for (const resume of waiting) resume();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
