// Broadcasts (issue 10): one broadcast to 100,000 web chat clients through the API, its workflow and a standalone
// worker process. Recipients per second against the broadcast's rate limit, and the worker's memory (RSS). First
// with the limit opened wide (BROADCAST_RATE_LIMITS=WEBCHAT=1000000: our own ceiling), then at a messenger's
// realistic limit (BENCH_BROADCAST_REALISTIC_RATE, WhatsApp's 80 a second) for a while, to show we keep to it.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { rootDir } from '../src/config.ts';
import { gql, login, startProduct } from './harness.ts';
import { sleep } from './stats.ts';

const fields = 'id status total sent failed skipped pending ratePerSecond';

async function rssMb(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function broadcastBench(options: { clients: number; realisticRate: number; realisticSeconds: number }) {
  console.log(`\n== Broadcast: ${options.clients} web chat clients ==`);
  const { base, databaseUrl, temporalAddress, taskQueue } = await startProduct(
    { clients: 10 },
    {
      // 100,000 clients, each with a web chat identity and a conversation, in three statements.
      prepare: async (em) => {
        const project = (await em.execute<{ id: string; channel: string }[]>(`select p.id, c.id as channel from project p join channel c on c.project_id = p.id limit 1`))[0]!;
        await em.execute(
          `insert into client (id, project_id, name, variables, created_at, last_activity_at)
           select gen_random_uuid(), ?, 'Bench Client ' || n, '{}', now() - n * interval '1 second', now() - n * interval '1 second' from generate_series(1, ?::int) n`,
          [project.id, options.clients],
        );
        await em.execute(
          `insert into client_channel (id, project_id, client_id, channel_id, platform_id, created_at)
           select gen_random_uuid(), project_id, id, ?, 'bench-' || id, now() from client where name like 'Bench Client %'`,
          [project.channel],
        );
        await em.execute(
          `insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
           select gen_random_uuid(), cc.project_id, cc.client_id, cc.channel_id, cc.id, 'OPEN', now(), 0, now()
             from client_channel cc join client c on c.id = cc.client_id where c.name like 'Bench Client %'`,
        );
      },
      // The API alone: the worker runs as its own process below, so that its memory is its own.
      env: { RUN_WORKER: '0', BROADCAST_RATE_LIMITS: 'WEBCHAT=1000000' },
    },
  );
  // The worker keeps each channel's limit (its shared bucket): opened wide first, then the messenger's.
  const startWorker = (limits: string) =>
    spawn(process.execPath, [`${rootDir}workflows/src/main.ts`], {
      env: { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue, BROADCAST_RATE_LIMITS: limits },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const stopWorker = async () => {
    worker.kill('SIGTERM');
    await new Promise((resolve) => worker.once('exit', resolve));
  };
  let worker = startWorker('WEBCHAT=1000000');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await sleep(3000);
    const manager = await login(base, 'manager@demo.test', 'demo-manager');
    const idle = await rssMb(worker.pid!);

    // Our own ceiling: the limit opened wide.
    const started = performance.now();
    const wide = (await gql(base, `mutation($i: StartBroadcastInput!) { startBroadcast(input: $i) { broadcast { ${fields} } userErrors { message } } }`, {
      i: { audience: { filter: { section: 'ACTIVE' } }, text: 'Hello #{first_name|there}, our sale starts today!' },
    }, manager)).startBroadcast.broadcast;
    let peak = idle;
    const progress: string[] = [];
    let state = wide;
    for (let tick = 0; ; tick++) {
      await sleep(1000);
      peak = Math.max(peak, await rssMb(worker.pid!));
      state = (await gql(base, `query($id: ID!) { broadcast(id: $id) { ${fields} } }`, { id: wide.id }, manager)).broadcast;
      if (tick % 10 === 0) progress.push(`${tick}s: ${state.sent} sent`);
      if (state.status === 'COMPLETED') break;
      if (tick > 3600) throw new Error('the broadcast did not finish in an hour');
    }
    const seconds = (performance.now() - started) / 1000;
    const { rows } = await db.query(
      `select count(*)::int as messages, count(distinct conversation_id)::int as conversations, count(*) filter (where status = 'SENT')::int as sent
         from message where dedupe_key = $1`,
      [`broadcast:${Buffer.from(wide.id, 'base64url').toString().split(':')[1]}`],
    );
    console.log(`  limit opened wide (${state.ratePerSecond}/s): ${state.total} recipients, ${state.sent} sent, ${state.skipped} skipped, ${state.failed} failed in ${seconds.toFixed(1)} s from the request: ${(state.sent / seconds).toFixed(0)} recipients/s`);
    console.log(`  messages: ${rows[0].messages} in ${rows[0].conversations} conversations, ${rows[0].sent} SENT (each client exactly once: ${rows[0].messages === rows[0].conversations && rows[0].messages === state.sent})`);
    await sleep(10_000);
    console.log(`  worker RSS: ${idle.toFixed(0)} MB idle, ${peak.toFixed(0)} MB at most during the broadcast, ${(await rssMb(worker.pid!)).toFixed(0)} MB 10 s after`);
    console.log(`  progress: ${progress.join('; ')}`);

    // A messenger's limit, as the channel's (the worker's bucket) and the broadcast's own: the pace kept for a while, then cancelled.
    await stopWorker();
    worker = startWorker(`WEBCHAT=${options.realisticRate}`);
    await sleep(3000);
    const paced = (await gql(base, `mutation($i: StartBroadcastInput!) { startBroadcast(input: $i) { broadcast { ${fields} } userErrors { message } } }`, {
      i: { audience: { filter: { section: 'ACTIVE' } }, text: 'A paced one', ratePerSecond: options.realisticRate },
    }, manager)).startBroadcast.broadcast;
    // From its first page on: the recipients are taken first (100,000 rows), then the pace counts.
    let first = paced;
    while (first.sent === 0) {
      await sleep(200);
      first = (await gql(base, `query($id: ID!) { broadcast(id: $id) { ${fields} } }`, { id: paced.id }, manager)).broadcast;
    }
    const from = performance.now();
    await sleep(options.realisticSeconds * 1000);
    const after = (await gql(base, `query($id: ID!) { broadcast(id: $id) { ${fields} } }`, { id: paced.id }, manager)).broadcast;
    const rate = (after.sent - first.sent) / ((performance.now() - from) / 1000);
    await gql(base, `mutation($id: ID!) { cancelBroadcast(input: { broadcastId: $id }) { broadcast { status } } }`, { id: paced.id }, manager);
    // The same from the messages' own times: how many went out between the first page's first and the last's last.
    const { rows: sent } = await db.query(
      `select count(*)::int as n, extract(epoch from max(sent_at) - min(sent_at)) as seconds from message where dedupe_key = $1 and status = 'SENT'`,
      [`broadcast:${Buffer.from(paced.id, 'base64url').toString().split(':')[1]}`],
    );
    const exact = (sent[0].n - 1) / Number(sent[0].seconds);
    console.log(
      `  at a ${options.realisticRate}/s limit: ${rate.toFixed(1)} recipients/s seen over ${options.realisticSeconds} s through the API (counts move a page of ${options.realisticRate} at a time); ` +
        `${sent[0].n} messages SENT over ${Number(sent[0].seconds).toFixed(1)} s: ${exact.toFixed(1)}/s (${((exact / options.realisticRate) * 100).toFixed(0)}% of the limit), then cancelled`,
    );
  } finally {
    await db.end();
    await stopWorker();
  }
}
