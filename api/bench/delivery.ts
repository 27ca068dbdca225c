// Outbound delivery (issue 10): replies sent through the API as fast as 8 operators' clients can, and how fast they
// go QUEUED → SENT through Temporal and the web chat driver, with the backlog over time.
import pg from 'pg';
import { gql, login, startProduct } from './harness.ts';
import { sleep, summarize } from './stats.ts';

export async function deliveryBench(options: { messages: number; concurrency: number }) {
  console.log(`\n== Delivery: ${options.messages} replies, ${options.concurrency} concurrent senders ==`);
  const { base, stop, databaseUrl } = await startProduct({ clients: 200 });
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
  } finally {
    await db.end();
    await stop();
  }
}
