import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRequest } from '../../driver.ts';

// Test-only: the VK API methods the driver uses (dev.vk.com/method), with their JSON shapes and error answers;
// the upload servers; a Bots Long Poll server (dev.vk.com/api/bots-long-poll) with a queue of updates and its
// `failed` answers; and "VK calling us": Callback API requests.

export type ApiFailure = { code: number; message: string } | { status: number; afterEffect?: boolean };
export type Update = { group_id: number; type: string; event_id: string; v: string; object: unknown };

export class FakeVk {
  readonly groupId = 218_372_655;
  readonly token = `vk1.a.${randomBytes(24).toString('base64url')}`;
  readonly confirmationCode = 'b7e1c2d9';
  readonly secret = randomBytes(12).toString('hex');
  /** Every API call: method and its parameters. */
  readonly calls: { method: string; params: Record<string, string> }[] = [];
  /** Messages the community sent, once each (a repeated `random_id` is not sent again). */
  readonly sent: { id: number; params: Record<string, string> }[] = [];
  readonly uploads: { field: string; filename: string; type: string; size: number }[] = [];
  readonly polls: URLSearchParams[] = [];
  readonly callbackServers: { id: number; title: string; creator_id: number; url: string; secret_key: string; status: string }[] = [];
  readonly callbackSettings = new Map<number, Record<string, string>>();
  longPollSettings: Record<string, string> | null = null;
  readonly files = new Map<string, { bytes: Buffer; contentType: string }>();
  /** Long poll: every update ever queued; the `ts` of an update is its index, history before `oldest` is gone. */
  readonly updates: Update[] = [];
  oldest = 0;
  key = 'k1';
  /** How long an `a_check` with nothing new waits before answering no updates (VK: up to `wait` seconds). */
  pollWaitMs = 50;
  private readonly failures = new Map<string, ApiFailure[]>();
  private readonly pollFailures: object[] = [];
  private readonly waiting = new Set<() => void>();
  private readonly byRandomId = new Map<string, number>();
  private readonly denied = new Set<number>();
  private nextMessageId = 1000;
  private server: Server | null = null;
  url = '';

  get apiRoot() {
    return `${this.url}/method`;
  }

  async start() {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    for (const wake of this.waiting) wake();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  /** The next call of `method` fails: with a VK error, or an HTTP error page (after doing its work, if `afterEffect`). */
  failNext(method: string, failure: ApiFailure) {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** The next `a_check` answers this (`{ failed: 1, ts }`, `{ failed: 2 }`, `{ failed: 3 }`). */
  failNextPoll(answer: object) {
    this.pollFailures.push(answer);
  }

  addFile(name: string, bytes: Buffer, contentType: string): string {
    this.files.set(name, { bytes, contentType });
    return `${this.url}/files/${name}`;
  }

  /** An event of the community, as both the Callback API and long poll carry it. */
  event(type: string, object: unknown): Update {
    return { group_id: this.groupId, type, event_id: randomBytes(20).toString('hex'), v: '5.199', object };
  }

  /** A client's message (`message_new`'s object). */
  message(fields: { from: number; text?: string } & Record<string, unknown>) {
    const { from, ...rest } = fields;
    const id = (this.nextMessageId += 1);
    return {
      message: { date: 1_700_000_000, from_id: from, id, out: 0, peer_id: from, text: '', conversation_message_id: id - 900, attachments: [], is_hidden: false, ...rest },
      client_info: { button_actions: ['text', 'vkpay', 'open_app', 'location', 'open_link', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    };
  }

  /**
   * The user forbids the community's messages ("Deny messages" in the chat): `messages.send` to them answers error
   * 901 from now on, and the community gets `message_deny` (object `{ user_id }`). Queue or POST the event returned.
   */
  userDenies(userId: number): Update {
    this.denied.add(userId);
    return this.event('message_deny', { user_id: userId });
  }

  /** The user allows the community's messages again: `message_allow` (object `{ user_id, key }`). */
  userAllows(userId: number, key = ''): Update {
    this.denied.delete(userId);
    return this.event('message_allow', { user_id: userId, key });
  }

  /** Queues updates for long poll and wakes a waiting `a_check`. */
  queue(...updates: Update[]) {
    this.updates.push(...updates);
    for (const wake of this.waiting) wake();
  }

  /** A Callback API request carrying `update` (with the secret, unless another is given). */
  callback(update: object, secret: string | null = this.secret): WebhookRequest {
    const body = Buffer.from(JSON.stringify(secret === null ? update : { ...update, secret }));
    return { method: 'POST', headers: { 'content-type': 'application/json' }, query: new URLSearchParams(), body };
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const json = (data: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    if (url.pathname.startsWith('/method/')) {
      const method = url.pathname.slice('/method/'.length);
      const params = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
      this.calls.push({ method, params });
      return this.method(method, params, json, response);
    }
    if (url.pathname === '/lp') return this.poll(url.searchParams, json);
    if (url.pathname.startsWith('/upload/')) {
      const form = await new Request(url, { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body }).formData();
      const [field, file] = [...form.entries()][0] ?? [];
      if (!(file instanceof File) || !field) return json({ error: 'no file' });
      this.uploads.push({ field, filename: file.name, type: file.type, size: file.size });
      return url.pathname === '/upload/photo'
        ? json({ server: 843_123, photo: JSON.stringify([{ markers_restarted: true, photo: 'a1b2c3:x' }]), hash: 'f00d' })
        : json({ file: `doc-token-${file.name}` });
    }
    const file = this.files.get(url.pathname.replace(/^\/files\//, ''));
    if (file) return response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length }).end(file.bytes);
    response.writeHead(404).end('Not Found');
  }

  private method(method: string, params: Record<string, string>, json: (data: unknown) => void, response: ServerResponse) {
    const error = (code: number, message: string) =>
      json({ error: { error_code: code, error_msg: message, request_params: Object.entries(params).filter(([key]) => key !== 'access_token').map(([key, value]) => ({ key, value })) } });
    if (params.access_token !== this.token) return error(5, 'User authorization failed: invalid access_token (4).');
    const failure = this.failures.get(method)?.shift();
    if (failure && 'code' in failure) return error(failure.code, failure.message);
    const answer = (data: unknown) => (failure ? response.writeHead(failure.status).end('<html><body>502 Bad Gateway</body></html>') : json({ response: data }));
    if (failure && !failure.afterEffect) return answer(null);
    switch (method) {
      case 'groups.getById':
        return Number(params.group_id) === this.groupId
          ? answer({ groups: [{ id: this.groupId, name: 'Acme Shop', screen_name: 'acmeshop', is_closed: 0, type: 'group' }], profiles: [] })
          : error(100, 'One of the parameters specified was missing or invalid: group_id is undefined');
      case 'groups.getCallbackConfirmationCode':
        return answer({ code: this.confirmationCode });
      case 'groups.getLongPollServer':
        return answer({ key: this.key, server: `${this.url}/lp`, ts: String(this.updates.length) });
      case 'groups.getCallbackServers':
        return answer({ count: this.callbackServers.length, items: this.callbackServers });
      case 'groups.addCallbackServer': {
        const server = { id: this.callbackServers.length + 1, title: params.title ?? '', creator_id: 1, url: params.url ?? '', secret_key: params.secret_key ?? '', status: 'unconfigured' };
        this.callbackServers.push(server);
        return answer({ server_id: server.id });
      }
      case 'groups.editCallbackServer': {
        const server = this.callbackServers.find((found) => found.id === Number(params.server_id));
        if (!server) return error(100, 'One of the parameters specified was missing or invalid: server_id is invalid');
        Object.assign(server, { url: params.url, title: params.title, secret_key: params.secret_key ?? '' });
        return answer(1);
      }
      case 'groups.deleteCallbackServer': {
        const index = this.callbackServers.findIndex((found) => found.id === Number(params.server_id));
        if (index < 0) return error(100, 'One of the parameters specified was missing or invalid: server_id is invalid');
        this.callbackServers.splice(index, 1);
        this.callbackSettings.delete(Number(params.server_id));
        return answer(1);
      }
      case 'groups.setCallbackSettings':
        this.callbackSettings.set(Number(params.server_id), params);
        return answer(1);
      case 'groups.setLongPollSettings':
        this.longPollSettings = params;
        return answer(1);
      case 'users.get':
        return answer(
          (params.user_ids ?? '').split(',').filter(Boolean).map((id) => ({ id: Number(id), first_name: 'Ivan', last_name: 'Petrov', screen_name: `id${id}`, can_access_closed: true, is_closed: false })),
        );
      case 'messages.send': {
        if (this.denied.has(Number(params.peer_id))) return error(901, "Can't send messages for users without permission");
        const dedupe = `${params.peer_id}:${params.random_id}`;
        let id = this.byRandomId.get(dedupe);
        if (id === undefined) {
          id = this.nextMessageId += 1;
          this.byRandomId.set(dedupe, id);
          this.sent.push({ id, params });
        }
        return answer(id);
      }
      case 'messages.edit':
        return answer(1);
      case 'messages.delete':
        return answer({ [params.message_ids ?? '']: 1 });
      case 'photos.getMessagesUploadServer':
        return answer({ album_id: -64, upload_url: `${this.url}/upload/photo`, user_id: 0, group_id: this.groupId });
      case 'photos.saveMessagesPhoto':
        return answer([{ album_id: -64, date: 1_700_000_000, id: 457_239_017, owner_id: -this.groupId, access_key: 'ak1', sizes: [], text: '' }]);
      case 'docs.getMessagesUploadServer':
        return answer({ upload_url: `${this.url}/upload/doc` });
      case 'docs.save':
        return answer({ type: 'doc', doc: { id: 663_000_001, owner_id: -this.groupId, title: params.title ?? 'file', size: 3, ext: 'pdf', url: `${this.url}/files/doc` } });
      default:
        return error(3, 'Unknown method passed.');
    }
  }

  private async poll(query: URLSearchParams, json: (data: unknown) => void) {
    this.polls.push(query);
    const forced = this.pollFailures.shift();
    if (forced) return json(forced);
    if (query.get('key') !== this.key) return json({ failed: 2 });
    const ts = Number(query.get('ts'));
    if (!Number.isInteger(ts) || ts < this.oldest || ts > this.updates.length) return json({ failed: 1, ts: String(this.updates.length) });
    if (ts === this.updates.length) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiting.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, this.pollWaitMs);
        this.waiting.add(wake);
      });
    }
    // Only the event types switched on with groups.setLongPollSettings are delivered.
    const wanted = (update: Update) => !this.longPollSettings || this.longPollSettings[update.type] === '1';
    json({ ts: String(this.updates.length), updates: this.updates.slice(ts).filter(wanted) });
  }
}
