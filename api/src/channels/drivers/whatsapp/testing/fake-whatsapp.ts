import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookRequest } from '../../driver.ts';

// Test-only: a Graph API server with the WhatsApp Cloud API methods the driver uses, their JSON shapes and error
// answers (developers.facebook.com/docs/whatsapp/cloud-api), plus "Meta calling us": signed webhook requests.

export type Recorded = { method: string; path: string; query: URLSearchParams; authorization: string | undefined; body: unknown };
export type GraphFailure = { status: number; error?: { message: string; type?: string; code: number; error_subcode?: number; error_data?: { details: string } } };
export type FakeTemplate = { name: string; language: string; status: string; category: string; components: { type: string; text?: string; format?: string }[] };

export const version = 'v21.0';

export class FakeWhatsApp {
  readonly token = `EAAG${randomBytes(12).toString('hex')}`;
  readonly appSecret = randomBytes(16).toString('hex');
  readonly phoneNumberId = '106540352242922';
  readonly businessAccountId = '102290129340398';
  readonly requests: Recorded[] = [];
  readonly media = new Map<string, { bytes: Buffer; mimeType: string }>();
  templates: FakeTemplate[] = [];
  /** The app is subscribed to the business account's webhooks. */
  subscribed = false;
  /** Answers for the next calls to `messages` (one per call, in order). */
  readonly failures: GraphFailure[] = [];
  /** The app's numbers (one business account): each with its webhook override, set with POST /{phone-number-id}. */
  readonly numbers = new Map<string, { verifiedName: string; display: string; override: { uri: string; verifyToken: string } | null }>([
    [this.phoneNumberId, { verifiedName: 'Acme Support', display: '+1 555-078-3881', override: null }],
  ]);
  /** The app's callback URL, as typed in Meta's console: where a number without an override is delivered. */
  appCallbackUrl: string | null = null;
  /** The verification GETs Meta made before taking an override: the URL and what it answered. */
  readonly verifications: { url: string; status: number }[] = [];
  /** Where Meta's calls to the product's public address really arrive (the bench's product runs behind a PUBLIC_URL it does not listen on), or null. */
  publicOrigin: string | null = null;
  /** Answers for the next override calls (POST /{phone-number-id}), in order. */
  readonly overrideFailures: GraphFailure[] = [];
  private server: Server | null = null;
  private sent = 0;
  url = '';

  get apiRoot() {
    return `${this.url}/${version}`;
  }

  /** The POST bodies the driver sent to `/{phone-number-id}/messages`. */
  get messages() {
    return this.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/messages')).map((request) => request.body as Record<string, unknown>);
  }

  async start() {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  failNext(...failures: GraphFailure[]) {
    this.failures.push(...failures);
  }

  addMedia(bytes: Buffer, mimeType: string): string {
    const id = String(1_000_000_000_000 + this.media.size);
    this.media.set(id, { bytes, mimeType });
    return id;
  }

  /** Another number of the same app and business account; answers its phone number id. */
  addNumber(verifiedName: string, display: string): string {
    const id = String(Number(this.phoneNumberId) + this.numbers.size);
    this.numbers.set(id, { verifiedName, display, override: null });
    return id;
  }

  /**
   * Meta delivering a `messages` change of number `phoneNumberId`: to the number's override when it has one, else
   * to the app's callback URL (Meta's order; a business account override is not played). Answers the status, or
   * null when there is nowhere to deliver.
   */
  async deliver(phoneNumberId: string, value: Record<string, unknown>): Promise<number | null> {
    const url = this.numbers.get(phoneNumberId)?.override?.uri ?? this.appCallbackUrl;
    if (!url) return null;
    const request = this.webhookPost(this.notification(value, phoneNumberId));
    const response = await fetch(url, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body) });
    return response.status;
  }

  /** Meta's webhook notification around one `value` of a `messages` change (of the first number, unless told). */
  notification(value: Record<string, unknown>, phoneNumberId = this.phoneNumberId) {
    return {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: this.businessAccountId,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: (this.numbers.get(phoneNumberId)?.display ?? '').replace(/\D/g, ''), phone_number_id: phoneNumberId },
                ...value,
              },
            },
          ],
        },
      ],
    };
  }

  /** A POST the way Meta sends it: signed with the app secret (or another secret, to see it refused). */
  webhookPost(payload: unknown, options: { secret?: string; signature?: string | null } = {}): WebhookRequest {
    const body = Buffer.from(JSON.stringify(payload));
    const signature = `sha256=${createHmac('sha256', options.secret ?? this.appSecret).update(body).digest('hex')}`;
    const headers: WebhookRequest['headers'] = { 'content-type': 'application/json' };
    if (options.signature !== null) headers['x-hub-signature-256'] = options.signature ?? signature;
    return { method: 'POST', headers, query: new URLSearchParams(), body };
  }

  /** The GET Meta sends when the operator saves the callback URL in the app's console. */
  verification(verifyToken: string, challenge: string): WebhookRequest {
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': verifyToken, 'hub.challenge': challenge });
    return { method: 'GET', headers: {}, query, body: Buffer.alloc(0) };
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as unknown) : null;
    this.requests.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, authorization: request.headers.authorization, body });
    const json = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    };
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return json(401, { error: { message: 'Error validating access token: Session has expired.', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'AbC' } });
    }
    // The file itself (what the media URL points to).
    const file = /^\/files\/(\d+)$/.exec(url.pathname);
    if (file) {
      const media = this.media.get(file[1] ?? '');
      if (!media) return json(404, { error: { message: 'Not found', code: 100 } });
      return response.writeHead(200, { 'content-type': media.mimeType }).end(media.bytes);
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== version) return json(404, { error: { message: 'Unknown path', type: 'GraphMethodException', code: 100 } });
    const [, node, edge] = parts;
    const number = node ? this.numbers.get(node) : undefined;
    if (request.method === 'GET' && number && !edge) {
      if (url.searchParams.get('fields') === 'webhook_configuration') {
        return json(200, { webhook_configuration: { ...(number.override ? { phone_number: number.override.uri } : {}), ...(this.appCallbackUrl ? { application: this.appCallbackUrl } : {}) }, id: node });
      }
      return json(200, { verified_name: number.verifiedName, display_phone_number: number.display, quality_rating: 'GREEN', id: node });
    }
    if (request.method === 'POST' && number && !edge) return this.override(number, body, json);
    if (request.method === 'POST' && number && edge === 'messages') {
      const failure = this.failures.shift();
      if (failure) {
        return failure.error ? json(failure.status, { error: { type: 'OAuthException', fbtrace_id: 'AbC', ...failure.error } }) : response.writeHead(failure.status).end('Service Unavailable');
      }
      this.sent += 1;
      const to = (body as { to?: string }).to;
      return json(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.HBgL${this.sent}` }] });
    }
    if (request.method === 'POST' && node === this.businessAccountId && edge === 'subscribed_apps') {
      this.subscribed = true;
      return json(200, { success: true });
    }
    if (request.method === 'GET' && node === this.businessAccountId && edge === 'message_templates') {
      // Two per page, so paging is exercised.
      const wanted = url.searchParams.get('status');
      const all = this.templates.filter((template) => !wanted || template.status === wanted);
      const after = Number(url.searchParams.get('after') ?? 0);
      // Like Meta's, the next page's URL repeats the query with the cursor moved.
      const nextUrl = new URL(url.href);
      nextUrl.searchParams.set('after', String(after + 2));
      const next = after + 2 < all.length ? nextUrl.href : undefined;
      return json(200, { data: all.slice(after, after + 2), paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' }, ...(next ? { next } : {}) } });
    }
    if (request.method === 'GET' && node && !edge && this.media.has(node)) {
      const media = this.media.get(node);
      return json(200, { messaging_product: 'whatsapp', url: `${this.url}/files/${node}`, mime_type: media?.mimeType, sha256: 'x', file_size: media?.bytes.length, id: node });
    }
    return json(400, { error: { message: `Unsupported ${request.method} request. Object with ID '${node}' does not exist`, type: 'GraphMethodException', code: 100, error_subcode: 33 } });
  }

  // Meta's "webhook overrides": a phone number's alternate callback URL, taken only once Meta's GET to it with
  // hub.mode=subscribe, the verify token and a challenge answers the challenge; an empty URI removes it.
  private async override(number: { override: { uri: string; verifyToken: string } | null }, body: unknown, json: (status: number, data: unknown) => void) {
    const failure = this.overrideFailures.shift();
    if (failure) return json(failure.status, { error: { type: 'OAuthException', fbtrace_id: 'AbC', ...failure.error } });
    const configuration = (body as { webhook_configuration?: { override_callback_uri?: string; verify_token?: string } } | null)?.webhook_configuration;
    if (!configuration || typeof configuration.override_callback_uri !== 'string') {
      return json(400, { error: { message: '(#100) The parameter webhook_configuration is required', type: 'OAuthException', code: 100 } });
    }
    if (configuration.override_callback_uri === '') {
      number.override = null;
      return json(200, { success: true });
    }
    const challenge = randomBytes(8).toString('hex');
    const check = new URL(configuration.override_callback_uri);
    if (this.publicOrigin) check.host = new URL(this.publicOrigin).host;
    check.searchParams.set('hub.mode', 'subscribe');
    check.searchParams.set('hub.challenge', challenge);
    check.searchParams.set('hub.verify_token', configuration.verify_token ?? '');
    const answer = await fetch(check).catch(() => null);
    const text = answer ? await answer.text() : '';
    this.verifications.push({ url: configuration.override_callback_uri, status: answer?.status ?? 0 });
    if (!answer?.ok || text !== challenge) {
      const got = answer ? `HTTP Status Code = ${answer.status}; HTTP Message = ${answer.statusText}` : 'the URL could not be reached';
      return json(400, { error: { message: `(#2200) Callback verification failed with the following errors: ${got}`, type: 'OAuthException', code: 2200 } });
    }
    number.override = { uri: configuration.override_callback_uri, verifyToken: configuration.verify_token ?? '' };
    return json(200, { success: true });
  }
}
