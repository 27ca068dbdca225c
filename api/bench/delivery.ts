// Outbound delivery (issue 10): replies sent through the API as fast as 8 operators' clients can, and how fast they
// go QUEUED → SENT through Temporal and the web chat driver, with the backlog over time.
import { randomBytes } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import pg from 'pg';
import { ensureSchedules, schedules } from '../../workflows/src/maintenance/contract.ts';
import { gql, login, startProduct } from './harness.ts';
import { sleep, summarize } from './stats.ts';

export async function deliveryBench(options: { messages: number; concurrency: number; backlog: number }) {
  console.log(`\n== Delivery: ${options.messages} replies, ${options.concurrency} concurrent senders ==`);
  const { base, stop, databaseUrl, temporalAddress, taskQueue } = await startProduct({ clients: 200 });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const operator = await login(base);
    const list = await gql(base, '{ conversations(first: 100) { edges { node { id } } } }', {}, operator);
    const conversations: string[] = list.conversations.edges.map((edge: { node: { id: string } }) => edge.node.id);

    const started = performance.now();
    let next = 0;
    const backlog: string[] = [];
    const sampler = setInterval(async () => {
      const { rows } = await db.query(`select count(*) filter (where status = 'QUEUED')::int as queued, count(*) filter (where status = 'SENT')::int as sent from message where text like 'bench reply %'`);
      backlog.push(`${((performance.now() - started) / 1000).toFixed(0)}s: ${rows[0].queued} queued, ${rows[0].sent} sent`);
    }, 2000);
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        for (let i = next++; i < options.messages; i = next++) {
          await gql(base, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }', { i: { conversationId: conversations[i % conversations.length], text: `bench reply ${i}`, idempotencyKey: `bench-${i}` } }, operator);
        }
      }),
    );
    const requestsDone = performance.now();
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from message where text like 'bench reply %' and status = 'QUEUED'`);
      if (rows[0].n === 0) break;
      if (performance.now() - started > 15 * 60_000) throw new Error('replies still QUEUED after 15 minutes');
      await sleep(200);
    }
    const allSent = performance.now();
    clearInterval(sampler);
    const { rows } = await db.query(
      `select extract(epoch from (sent_at - created_at)) * 1000 as ms, status from message where text like 'bench reply %'`,
    );
    const failed = rows.filter((row) => row.status !== 'SENT').length;
    console.log(`requests: ${options.messages} in ${((requestsDone - started) / 1000).toFixed(1)} s (${(options.messages / ((requestsDone - started) / 1000)).toFixed(0)} req/s)`);
    console.log(`delivered (QUEUED → SENT): ${options.messages - failed} in ${((allSent - started) / 1000).toFixed(1)} s from the first request: ${((options.messages - failed) / ((allSent - started) / 1000)).toFixed(0)} messages/s; not SENT: ${failed}`);
    console.log('stored → SENT, ms:', summarize(rows.filter((row) => row.status === 'SENT').map((row) => Number(row.ms))));
    console.log(`backlog: ${backlog.join('; ')}`);
    await drain(db, { temporalAddress, taskQueue, count: options.backlog });
  } finally {
    await db.end();
    await stop();
  }
}

/**
 * Delivery's own capacity, apart from the API's: `count` replies left QUEUED by an outage (copies of one, stored an
 * hour ago), handed over by one run of the sweep schedule, and the time until every one is SENT.
 */
async function drain(db: pg.Client, options: { temporalAddress: string; taskQueue: string; count: number }) {
  const columns = (await db.query(
    `select column_name as name from information_schema.columns where table_name = 'message' and column_name not in ('id', 'status', 'created_at', 'dedupe_key', 'sent_at', 'external_id', 'sending_until', 'text') and is_generated = 'NEVER'`,
  )).rows.map((row: { name: string }) => `"${row.name}"`);
  await db.query(
    `insert into message (id, status, created_at, text, ${columns.join(', ')})
     select gen_random_uuid(), 'QUEUED', now() - interval '1 hour', 'bench backlog ' || n, ${columns.map((c) => `m.${c}`).join(', ')}
       from generate_series(1, $1::int) n, (select * from message where text like 'bench reply %' limit 1) m`,
    [options.count],
  );
  const client = new TemporalClient({ connection: await Connection.connect({ address: options.temporalAddress }) });
  const prefix = `bench-${randomBytes(4).toString('hex')}-`;
  await ensureSchedules(client, { taskQueue: options.taskQueue, idPrefix: prefix });
  try {
    const started = performance.now();
    await client.schedule.getHandle(`${prefix}sweep-queued-messages`).trigger();
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from message where text like 'bench backlog %' and status = 'QUEUED'`);
      if (rows[0].n === 0) break;
      if (performance.now() - started > 15 * 60_000) throw new Error('the backlog still waits after 15 minutes');
      await sleep(250);
    }
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await db.query(`select count(*) filter (where status = 'SENT')::int as sent, count(*)::int as n from message where text like 'bench backlog %'`);
    console.log(`backlog of ${options.count} QUEUED replies, one sweep: all out in ${seconds.toFixed(1)} s, ${(rows[0].sent / seconds).toFixed(0)} messages/s (${rows[0].sent} SENT of ${rows[0].n})`);
  } finally {
    for (const schedule of schedules) await client.schedule.getHandle(`${prefix}${schedule.id}`).delete().catch(() => {});
    await client.connection.close();
  }
}
