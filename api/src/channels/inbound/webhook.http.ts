import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../../context.ts';
import { isUuid } from '../../graphql/global-id.ts';
import { WebhookRefused } from '../drivers/driver.ts';

// Platforms call `/hooks/<channel id>`: the channel's driver checks the call (signature, secret) before anything is
// read, its events are stored, and only then is the platform answered; they become messages just after.
const maxBodyBytes = 1024 * 1024;

export async function handleWebhook(app: App, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const match = /^\/hooks\/([^/]+)$/.exec(url.pathname);
  if (!match) return false;
  const answer = (status: number, body = '', contentType = 'text/plain; charset=utf-8') => void res.writeHead(status, { 'content-type': contentType }).end(body);
  if (req.method !== 'POST' && req.method !== 'GET') return answer(405), true;
  const { row: channel, channel: active } = isUuid(match[1]!) ? await app.inbound.channel(match[1]!) : { row: null, channel: null };
  const driver = channel && app.channels.drivers[channel.kind];
  if (!channel || !driver?.webhook || channel.status === 'DISCONNECTED') return answer(404, 'No such channel.'), true;
  // Paused: not taken now; the platform delivers it again later (within its own retry window).
  if (channel.status === 'PAUSED') return answer(503, 'The channel is paused.'), true;
  const body = await readBody(req, maxBodyBytes);
  if (!body) return answer(413, 'Too large.'), true;
  try {
    const result = await driver.webhook(active!, { method: req.method, headers: req.headers, query: url.searchParams, body });
    const stored = result.events.length ? await app.inbound.store(channel, result.events) : 0;
    answer(result.status ?? 200, result.body ?? 'ok', result.contentType);
    if (stored) app.inbound.process();
  } catch (error) {
    if (!(error instanceof WebhookRefused)) throw error;
    answer(error.status, error.message);
  }
  return true;
}

/** The raw body (signatures are over its exact bytes), or null past `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > max) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) return void (resolve(null), req.destroy());
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
