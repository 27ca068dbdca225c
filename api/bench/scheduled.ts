// Scheduled messages (issue 10): `count` replies scheduled through the API for the same second, then how late after
// that second each is SENT (a workflow per message: its durable timer, then the delivery batches), once with the
// worker running throughout and once with the worker killed (SIGKILL) as they fall due and started again. The
// physical floor beside it: one bare UPDATE of as many rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { gql, login, startProduct } from './harness.ts';
import { sleep, summarize } from './stats.ts';

const workerEntry = fileURLToPath(new URL('../../workflows/src/main.ts', import.meta.url));

export async function scheduledBench(options: { messages: number; concurrency: number }) {
  console.log(`\n== Scheduled messages: ${options.messages} due in the same second ==`);
  // The worker runs as its own process, as in production, so that it can be killed alone.
  const env = { RUN_WORKER: '0', MAX_SCHEDULED_PER_CONVERSATION: String(options.messages) };
  const { base, databaseUrl, temporalAddress, taskQueue } = await startProduct({ clients: 200 }, { env });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const startWorker = () =>
    spawn(process.execPath, [workerEntry], { env: { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue }, stdio: ['ignore', 'ignore', 'inherit'] });
  let worker: ChildProcess = startWorker();
  try {
    const operator = await login(base);
    const list = await gql(base, '{ conversations(first: 100) { edges { node { id } } } }', {}, operator);
    const conversations: string[] = list.conversations.edges.map((edge: { node: { id: string } }) => edge.node.id);

    for (const round of ['worker up throughout', 'worker killed at the due second, back 3 s later'] as const) {
      const tag = `bench scheduled ${round === 'worker up throughout' ? 'a' : 'b'}`;
      // Time to schedule them all (about 140 a second through the API), then as long again for Temporal to settle the
      // workflows they started: messages are scheduled over hours, not in a burst just before they fall due.
      const dueAt = new Date(Math.ceil((Date.now() + (options.messages / 50) * 1000 + 20_000) / 1000) * 1000);
      const started = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          for (let i = next++; i < options.messages; i = next++) {
            await gql(
              base,
              'mutation($i: ScheduleMessageInput!) { scheduleMessage(input: $i) { message { id } userErrors { message } } }',
              { i: { conversationId: conversations[i % conversations.length], text: `${tag} ${i}`, sendAt: dueAt.toISOString(), idempotencyKey: `${tag}-${i}` } },
              operator,
            );
          }
        }),
      );
      console.log(`${round}: scheduled ${options.messages} in ${((performance.now() - started) / 1000).toFixed(1)} s; due at ${dueAt.toISOString()}`);
      if (Date.now() > dueAt.getTime()) throw new Error('scheduling took past the due time: lower BENCH_SCHEDULED_MESSAGES');
      await sleep(dueAt.getTime() - Date.now());
      if (round !== 'worker up throughout') {
        await sleep(300);
        worker.kill('SIGKILL');
        await sleep(3000);
        worker = startWorker();
      }
      const waiting = performance.now();
      for (;;) {
        const { rows } = await db.query(`select count(*)::int as n from message where text like $1 and status in ('SCHEDULED', 'QUEUED')`, [`${tag} %`]);
        if (rows[0].n === 0) break;
        if (performance.now() - waiting > 15 * 60_000) throw new Error(`${rows[0].n} still waiting after 15 minutes`);
        await sleep(250);
      }
      const { rows } = await db.query(`select status, extract(epoch from (sent_at - scheduled_at)) * 1000 as ms from message where text like $1`, [`${tag} %`]);
      const sent = rows.filter((row) => row.status === 'SENT');
      console.log(`  SENT ${sent.length} of ${rows.length} (other statuses: ${rows.length - sent.length}); lateness of SENT after the due time, ms:`, summarize(sent.map((row) => Number(row.ms))));
    }

    // The floor: the same number of rows moved SCHEDULED → QUEUED by one statement, no delivery at all.
    await db.query(`update message set status = 'SCHEDULED', sent_at = null where text like 'bench scheduled a %'`);
    const floor = performance.now();
    await db.query(`update message set status = 'QUEUED', created_at = now() where text like 'bench scheduled a %' and status = 'SCHEDULED'`);
    console.log(`  floor: one UPDATE of ${options.messages} rows SCHEDULED → QUEUED: ${(performance.now() - floor).toFixed(0)} ms`);
  } finally {
    worker.kill('SIGKILL');
    await db.end();
  }
}
