import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { csvLine } from '../audience/csv.ts';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { isUuid } from '../graphql/global-id.ts';

// A broadcast's per-recipient results as CSV, by a signed link (like file links: it works in `<a download>`,
// where no Authorization header goes). Only the project's own resolvers hand links out.
const lifetimeMs = 12 * 3600_000;
const roundingMs = 3600_000;
type Linked = { id: string; projectId: string };

const signature = (secret: Buffer, broadcast: Linked, expires: number) =>
  createHmac('sha256', secret).update(`broadcast-results:v1:${broadcast.id}:${broadcast.projectId}:${expires}`).digest('base64url');

export function resultsCsvUrl(baseUrl: string, secret: Buffer, broadcast: Linked, now = Date.now()) {
  const expires = Math.ceil((now + lifetimeMs) / roundingMs) * (roundingMs / 1000);
  return `${baseUrl}/broadcasts/${broadcast.id}/results.csv?${new URLSearchParams({ expires: String(expires), signature: signature(secret, broadcast, expires) })}`;
}

function validLink(secret: Buffer, broadcast: Linked, expires: string | null, given: string | null) {
  if (!expires || !given || !/^\d{1,12}$/.test(expires) || Number(expires) * 1000 <= Date.now()) return false;
  const expected = Buffer.from(signature(secret, broadcast, Number(expires)));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

type ResultRow = { clientId: string; name: string; phone: string | null; email: string | null; status: string; reason: string | null; channel: string | null; processedAt: Date | null; at: string; id: string };

/** GET /broadcasts/<id>/results.csv?expires=…&signature=…: streamed a page at a time; answers false for other paths. */
export async function handleBroadcastResults(app: App, req: IncomingMessage, res: ServerResponse, url: URL) {
  const match = /^\/broadcasts\/([^/]+)\/results\.csv$/.exec(url.pathname);
  if (!match || req.method !== 'GET') return false;
  const em = app.orm.em.fork();
  const id = match[1]!;
  const broadcast = isUuid(id) ? await selectOne<Linked>(em, 'select id, project_id from broadcast where id = ?', [id]) : null;
  if (!broadcast || !validLink(app.files.secret, broadcast, url.searchParams.get('expires'), url.searchParams.get('signature'))) {
    res.writeHead(403).end();
    return true;
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="broadcast-${id}.csv"`,
    'x-content-type-options': 'nosniff',
  });
  res.write('\ufeff' + csvLine(['client_id', 'name', 'phone', 'email', 'status', 'reason', 'channel', 'processed_at']));
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: ResultRow[] = await select<ResultRow>(
      em,
      `select r.client_id, cl.name, cl.phone, cl.email, r.status, r.reason, ch.name as channel, r.processed_at, r.created_at::text as at, r.id
         from broadcast_recipient r join client cl on cl.id = r.client_id left join channel ch on ch.id = r.channel_id
        where r.broadcast_id = ? ${after ? 'and (r.created_at, r.id) > (?::timestamptz, ?)' : ''} order by r.created_at, r.id limit 1000`,
      after ? [id, after.at, after.id] : [id],
    );
    if (!rows.length) break;
    const chunk = rows.map((row) => csvLine([row.clientId, row.name, row.phone, row.email, row.status, row.reason, row.channel, row.processedAt?.toISOString() ?? ''])).join('');
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    after = { at: rows.at(-1)!.at, id: rows.at(-1)!.id };
  }
  res.end();
  return true;
}
