import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../../context.ts';
import { isUuid } from '../../graphql/global-id.ts';
import { selectOne } from '../../db/rows.ts';
import type { ChannelRow } from '../channel.entity.ts';
import { driverChannel } from '../channels.ts';
import { WebhookRefused, type InboundEvent, type WebhookRequest } from '../drivers/driver.ts';

// Platforms call `/hooks/<channel id>`: the channel's driver checks the call (signature, secret) before anything is
// read, its events are stored (with those it carries for another channel of the project, see `routed`), and only
// then is the platform answered; they become messages just after.
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
    const request = { method: req.method, headers: req.headers, query: url.searchParams, body };
    const result = await driver.webhook(active!, request);
    const deliveries = [{ channel, events: result.events }, ...(result.elsewhere?.length ? await routed(app, channel, request, result.elsewhere) : [])];
    let stored = 0;
    for (const delivery of deliveries) if (delivery.events.length) stored += await app.inbound.store(delivery.channel, delivery.events);
    answer(result.status ?? 200, result.body ?? 'ok', result.contentType);
    if (stored) app.inbound.process();
  } catch (error) {
    if (!(error instanceof WebhookRefused)) throw error;
    answer(error.status, error.message);
  }
  return true;
}

/**
 * The events a call carries for other channels (WhatsApp: another number of the app, before its own override): each
 * the project's active channel of the same kind with those settings, if any, whose driver checks the call with that
 * channel's own secret (a refusal leaves its events, as for a call to its own address). Only one step: what those
 * channels name elsewhere is not followed.
 */
async function routed(app: App, channel: ChannelRow, request: WebhookRequest, wanted: readonly Record<string, string>[]) {
  const driver = app.channels.drivers[channel.kind]!;
  const deliveries: { channel: ChannelRow; events: InboundEvent[] }[] = [];
  for (const settings of wanted.slice(0, 10)) {
    const other = await selectOne<ChannelRow>(
      app.orm.em.fork(),
      `select id, project_id, kind, status, config, secrets from channel
        where project_id = ? and kind = ? and status = 'ACTIVE' and id <> ? and config @> ?::jsonb limit 1`,
      [channel.projectId, channel.kind, channel.id, JSON.stringify(settings)],
    );
    if (!other) continue;
    try {
      deliveries.push({ channel: other, events: (await driver.webhook!(driverChannel(app, other), request)).events });
    } catch (error) {
      if (!(error instanceof WebhookRefused)) throw error;
    }
  }
  return deliveries;
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
