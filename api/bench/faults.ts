// Fault injection (issue 10): replies through the API from 8 senders and scheduled messages falling due mid-run, while
// the worker, the API, the Temporal server and PostgreSQL are each killed with SIGKILL and started again. Every
// request a sender got an answer to must be exactly one message, and every message must end SENT: none lost, none
// twice. Senders retry a failed request with the same idempotency key, as an integration does.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { findFreePort, startTemporalDevServer, type TemporalDevServer } from '../src/temporal/dev-server.ts';
import { cleanups, gql, login, startProduct } from './harness.ts';
import { sleep, summarize } from './stats.ts';

const workerEntry = fileURLToPath(new URL('../../workflows/src/main.ts', import.meta.url));

async function killPostgres(databaseUrl: string) {
  const postmaster = execFileSync('pgrep', ['-f', '--', `-p ${new URL(databaseUrl).port} `]).toString().trim().split('\n')[0]!;
  const backends = execFileSync('pgrep', ['-P', postmaster]).toString().trim().split('\n').filter(Boolean);
  execFileSync('kill', ['-KILL', postmaster, ...backends]);
  await sleep(1000);
}

export async function faultsBench(options: { seconds: number; concurrency: number; scheduled: number }) {
  console.log(`\n== Faults: ${options.seconds} s of replies from ${options.concurrency} senders, ${options.scheduled} scheduled, worker, API, Temporal and PostgreSQL killed ==`);
  // Temporal keeps its state in a file, so that it comes back from SIGKILL with its workflows and schedules.
  const dbFile = join(await mkdtemp(join(tmpdir(), 'inbox-faults-')), 'temporal.db');
  const temporalPort = await findFreePort();
  let temporal: TemporalDevServer = await startTemporalDevServer({ dbFile, port: temporalPort });
  cleanups.push(() => temporal.stop());
  const product = await startProduct({ clients: 200 }, { env: { RUN_WORKER: '0' }, temporalAddress: temporal.address });
  // Connected once the faults are over: PostgreSQL is one of the processes killed.
  const db = new pg.Client({ connectionString: product.databaseUrl });
  const startWorker = () =>
    spawn(process.execPath, [workerEntry], {
      env: { ...process.env, DATABASE_URL: product.databaseUrl, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: product.taskQueue },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
  let worker: ChildProcess = startWorker();
  try {
    const operator = await login(product.base);
    const list = await gql(product.base, '{ conversations(first: 100) { edges { node { id } } } }', {}, operator);
    const conversations: string[] = list.conversations.edges.map((edge: { node: { id: string } }) => edge.node.id);

    // A request until it is answered, the same key each time; answers how many attempts it took.
    const until = async (query: string, variables: object) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await gql(product.base, query, variables, operator);
          return attempt;
        } catch {
          await sleep(250);
        }
      }
    };
    const started = Date.now();
    const dueAt = new Date(started + 25_000);
    for (let i = 0; i < options.scheduled; i++) {
      await until('mutation($i: ScheduleMessageInput!) { scheduleMessage(input: $i) { message { id } } }', {
        i: { conversationId: conversations[i % conversations.length], text: `fault scheduled ${i}`, sendAt: dueAt.toISOString(), idempotencyKey: `fault-scheduled-${i}` },
      });
    }

    // The embedded server's folder, from its postmaster's command line, to start it again on its data.
    const postmaster = execFileSync('pgrep', ['-f', '--', `-p ${new URL(product.databaseUrl).port} `]).toString().trim().split('\n')[0]!;
    const postgresDir = /-D (\S+)\/data/.exec(execFileSync('ps', ['-o', 'args=', '-p', postmaster]).toString())?.[1];
    if (!postgresDir) throw new Error('the faults bench kills an embedded PostgreSQL only (leave BENCH_DATABASE_URL unset)');
    const faults = (async () => {
      const at = (seconds: number) => sleep(Math.max(0, started + seconds * 1000 - Date.now()));
      await at(10);
      console.log('  10 s: worker SIGKILL');
      worker.kill('SIGKILL');
      await at(13);
      worker = startWorker();
      await at(20);
      console.log('  20 s: API SIGKILL');
      product.kill();
      await at(22);
      await product.restart();
      await at(26);
      console.log('  26 s: Temporal SIGKILL (just after the scheduled ones fell due)');
      execFileSync('pkill', ['-KILL', '-f', '--', `--port ${temporalPort} --log-level`]);
      await temporal.stop();
      await at(31);
      temporal = await startTemporalDevServer({ dbFile, port: temporalPort });
      await at(40);
      console.log('  40 s: PostgreSQL SIGKILL (the postmaster and its backends)');
      await killPostgres(product.databaseUrl);
      await at(45);
      await startEmbeddedPostgres(postgresDir!, Number(new URL(product.databaseUrl).port));
      console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: all back`);
    })();

    let next = 0;
    let retried = 0;
    const acknowledged: number[] = [];
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (Date.now() - started < options.seconds * 1000) {
          const i = next++;
          const attempts = await until('mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }', {
            i: { conversationId: conversations[i % conversations.length], text: `fault reply ${i}`, idempotencyKey: `fault-${i}` },
          });
          if (attempts > 1) retried++;
          acknowledged.push(i);
        }
      }),
    );
    await faults;
    await db.connect();
    console.log(`  ${acknowledged.length} replies answered (${retried} after retries), ${options.scheduled} scheduled for ${dueAt.toISOString()}`);

    const waiting = Date.now();
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from message where text like 'fault %' and status in ('QUEUED', 'SCHEDULED')`);
      if (rows[0].n === 0) break;
      if (Date.now() - waiting > 10 * 60_000) throw new Error(`${rows[0].n} still waiting 10 minutes after the load`);
      await sleep(1000);
    }
    const { rows: counts } = await db.query(
      `select count(*) filter (where text like 'fault reply %')::int as replies, count(distinct text) filter (where text like 'fault reply %')::int as distinct_replies,
         count(*) filter (where text like 'fault scheduled %')::int as scheduled, count(distinct text) filter (where text like 'fault scheduled %')::int as distinct_scheduled,
         count(*) filter (where text like 'fault %' and status = 'SENT')::int as sent, count(*) filter (where text like 'fault %' and status <> 'SENT')::int as not_sent
       from message where text like 'fault %'`,
    );
    const c = counts[0];
    const { rows: stored } = await db.query(`select text from message where text like 'fault reply %'`);
    const storedTexts = new Set(stored.map((row: { text: string }) => row.text));
    const lost = acknowledged.filter((i) => !storedTexts.has(`fault reply ${i}`)).length;
    console.log(`  replies: ${c.replies} stored for ${acknowledged.length} answered (${c.replies - c.distinct_replies} twice, ${lost} lost); scheduled: ${c.scheduled} (${c.scheduled - c.distinct_scheduled} twice)`);
    console.log(`  delivery: ${c.sent} SENT, ${c.not_sent} not; all out ${((Date.now() - started) / 1000).toFixed(0)} s after the start`);
    const { rows: late } = await db.query(`select extract(epoch from (sent_at - scheduled_at)) * 1000 as ms from message where text like 'fault scheduled %'`);
    console.log('  scheduled lateness, ms:', summarize(late.map((row: { ms: string }) => Number(row.ms))));
    const { rows: replyTimes } = await db.query(`select extract(epoch from (sent_at - created_at)) * 1000 as ms from message where text like 'fault reply %'`);
    console.log('  replies stored → SENT, ms:', summarize(replyTimes.map((row: { ms: string }) => Number(row.ms))));
    // When each part of the load was stored decides how long it waited: which outage it fell in.
    const { rows: byWindow } = await db.query(
      `select floor(extract(epoch from (created_at - $1::timestamptz)) / 5)::int * 5 as window, count(*)::int as n,
         percentile_cont(0.5) within group (order by extract(epoch from (sent_at - created_at))) as p50,
         max(extract(epoch from (sent_at - created_at))) as max
       from message where text like 'fault reply %' group by 1 order by 1`,
      [new Date(started)],
    );
    console.log(`  stored → SENT by when it was stored (s from the start: n, p50 s, max s): ${byWindow.map((w: { window: number; n: number; p50: number; max: number }) => `${w.window}: ${w.n}, ${Number(w.p50).toFixed(1)}, ${Number(w.max).toFixed(1)}`).join('; ')}`);
  } finally {
    worker.kill('SIGKILL');
    await db.end().catch(() => {});
  }
}
