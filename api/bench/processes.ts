// Business processes (issue 11): a process (message → wait for the reply → condition → message) started for
// `clients` clients through the API: runs started per second, and the worker's CPU and memory per 1,000 live runs
// (the worker is its own process, read from /proc). Then `rate` replies a second from web chat visitors for
// `seconds`: how long from a reply to the next message SENT. Beside it, the floor: an operator's reply through the
// same delivery path, created → SENT, at the same rate in the same run.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { gql, login, startProduct } from './harness.ts';
import { sleep, summarize } from './stats.ts';
import { temporalCpuSeconds, temporalFloor } from './temporal-floor.ts';

const workerEntry = fileURLToPath(new URL('../../workflows/src/main.ts', import.meta.url));
const ticks = 100; // USER_HZ

async function usage(pid: number) {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
  return { cpuSeconds: (Number(stat[11]) + Number(stat[12])) / ticks, rssMb: rssKb / 1024 };
}

const flow = (trigger: boolean) => ({
  start: 'hello',
  triggers: trigger ? [{ type: 'FIRST_MESSAGE' }] : [],
  blocks: [
    { id: 'hello', number: 1, type: 'MESSAGE', text: 'Hi #{first_name}! Shall we go on?' },
    { id: 'ask', number: 2, type: 'QUESTION', text: 'Yes or no?', variable: 'bench_answer' },
    { id: 'check', number: 3, type: 'CONDITION', conditions: [{ field: 'VARIABLE', variable: 'bench_answer', contains: 'yes' }] },
    { id: 'yes', number: 4, type: 'MESSAGE', text: 'Great, #{bench_answer} it is.' },
    { id: 'no', number: 5, type: 'MESSAGE', text: 'Maybe later.' },
  ],
  connections: [
    { from: 'hello', port: 'next', to: 'ask' },
    { from: 'ask', port: 'answered', to: 'check' },
    { from: 'check', port: 'yes', to: 'yes' },
    { from: 'check', port: 'no', to: 'no' },
  ],
});

export async function processesBench(options: { clients: number; rate: number; seconds: number }) {
  console.log(`\n== Business processes: ${options.clients} runs, then ${options.rate} replies/s for ${options.seconds} s ==`);
  const { base, databaseUrl, temporalAddress, taskQueue } = await startProduct({ clients: options.clients }, { env: { RUN_WORKER: '0' } });
  const profile = process.env.BENCH_WORKER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`] : [];
  const worker = spawn(process.execPath, [...profile, workerEntry], { env: { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue }, stdio: ['ignore', 'ignore', 'inherit'] });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const manager = await login(base, 'manager@demo.test', 'demo-manager');
    await gql(base, 'mutation { createVariableDefinition(input: { scope: CLIENT, key: "bench_answer", name: "Answer", type: TEXT }) { userErrors { code } } }', {}, manager);
    const create = async (name: string, trigger: boolean) => {
      const created = await gql(base, 'mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name, definition: flow(trigger) } }, manager);
      const id = created.createProcess.process.id as string;
      const published = await gql(base, 'mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { message } } }', { i: { processId: id } }, manager);
      if (published.publishProcess.userErrors.length) throw new Error(JSON.stringify(published.publishProcess.userErrors));
      return id;
    };
    const bulk = await create('Bench bulk', false);
    await sleep(5000);
    const idle = await usage(worker.pid!);

    // Every client, 1,000 per startProcess (the API's cap), 4 calls at a time.
    const ids = await db.query<{ id: string }>('select id from client order by id');
    const clientIds = ids.rows.map((row) => Buffer.from(`Client:${row.id}`).toString('base64url'));
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let page = next++; page * 1000 < clientIds.length; page = next++) {
          const answer = await gql(base, 'mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } userErrors { message } } }', { i: { processId: bulk, clientIds: clientIds.slice(page * 1000, page * 1000 + 1000) } }, manager);
          if (answer.startProcess.userErrors.length) throw new Error(JSON.stringify(answer.startProcess.userErrors));
        }
      }),
    );
    const accepted = (performance.now() - started) / 1000;
    for (;;) {
      const { rows } = await db.query(`select count(*) filter (where waiting_for = 'REPLY')::int as waiting, count(*) filter (where status not in ('AUTO', 'MANUAL'))::int as ended, count(*)::int as n from process_run`);
      if (rows[0].waiting + rows[0].ended >= rows[0].n) {
        const elapsed = (performance.now() - started) / 1000;
        console.log(`  ${rows[0].n} runs: accepted by startProcess in ${accepted.toFixed(1)} s; all at the question (greeting sent, waiting) after ${elapsed.toFixed(1)} s: ${(rows[0].n / elapsed).toFixed(0)} runs/s (${rows[0].ended} ended early)`);
        break;
      }
      if (performance.now() - started > 20 * 60_000) throw new Error(`runs not at their question after 20 minutes: ${JSON.stringify(rows[0])}`);
      await sleep(500);
    }
    const busy = await usage(worker.pid!);
    await sleep(10_000);
    const settled = await usage(worker.pid!);
    const thousands = options.clients / 1000;
    console.log(
      `  worker: ${((busy.cpuSeconds - idle.cpuSeconds) / thousands).toFixed(2)} CPU-s per 1,000 runs started; RSS ${idle.rssMb.toFixed(0)} MB idle → ${settled.rssMb.toFixed(0)} MB with ${options.clients} live runs (${((settled.rssMb - idle.rssMb) / thousands).toFixed(1)} MB per 1,000); ${(((settled.cpuSeconds - busy.cpuSeconds) / 10) * 100).toFixed(1)}% CPU while they wait`,
    );

    // Replies: web chat visitors whose first message starts the process by its trigger, answering at `rate`/s.
    await create('Bench replies', true);
    const replies = options.rate * options.seconds;
    const visitors: string[] = [];
    next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = next++; i < replies; i = next++) {
          const start = await gql(base, 'mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
          const visitor = `Visitor ${start.widgetStart.session.visitorToken}`;
          await gql(base, 'mutation($k: String!) { widgetSend(input: { text: "hello", idempotencyKey: $k }) { userErrors { code } } }', { k: `hello-${i}` }, visitor);
          visitors[i] = visitor;
        }
      }),
    );
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from process_run r join process p on p.id = r.process_id where p.name = 'Bench replies' and r.waiting_for = 'REPLY'`);
      if (rows[0].n >= replies) break;
      await sleep(500);
    }
    // Measured from a quiet start: every greeting and question of those runs delivered first.
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from message where status = 'QUEUED'`);
      if (rows[0].n === 0) break;
      await sleep(500);
    }
    await sleep(2000);
    const operator = await login(base);
    const conversations = (await gql(base, '{ conversations(first: 50) { edges { node { id } } } }', {}, operator)).conversations.edges.map((edge: { node: { id: string } }) => edge.node.id as string);
    // At `rate`/s: the visitors' answers; then, as a second phase at the same rate, operator replies (the delivery
    // floor: what the next message's delivery costs by itself).
    const paced = async (send: (i: number) => Promise<unknown>, sentSql: string) => {
      const sends: Promise<unknown>[] = [];
      const began = performance.now();
      for (let i = 0; i < replies; i++) {
        const due = began + (i / options.rate) * 1000;
        if (due > performance.now()) await sleep(due - performance.now());
        sends.push(send(i));
      }
      await Promise.all(sends);
      const waited = performance.now();
      for (;;) {
        const { rows } = await db.query(sentSql);
        if (rows[0].n >= replies) break;
        if (performance.now() - waited > 120_000) {
          console.log(`  only ${rows[0].n} of ${replies} SENT after 2 minutes`);
          break;
        }
        await sleep(250);
      }
      console.log(`  ${replies} sent in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    };
    const before = { temporal: temporalCpuSeconds(temporalAddress), worker: await usage(worker.pid!) };
    await paced(
      (i) => gql(base, 'mutation($k: String!) { widgetSend(input: { text: "yes please", idempotencyKey: $k }) { userErrors { code } } }', { k: `answer-${i}` }, visitors[i]),
      `select count(*)::int as n from message where text like 'Great, %' and status = 'SENT'`,
    );
    const perReply = (seconds: number) => `${((seconds / replies) * 1000).toFixed(1)} ms`;
    console.log(
      `  CPU per reply: the Temporal server ${perReply(temporalCpuSeconds(temporalAddress) - before.temporal)}, the worker ${perReply((await usage(worker.pid!)).cpuSeconds - before.worker.cpuSeconds)}`,
    );
    await sleep(2000);
    await paced(
      (i) => gql(base, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }', { i: { conversationId: conversations[i % conversations.length], text: `bench floor ${i}`, idempotencyKey: `floor-${i}` } }, operator),
      `select count(*)::int as n from message where text like 'bench floor %' and status = 'SENT'`,
    );
    await temporalFloor({ temporalAddress, databaseUrl, count: replies, rate: options.rate });
    const latency = await db.query<{ ms: number }>(
      `select extract(epoch from (b.sent_at - a.created_at)) * 1000 as ms
         from message a join lateral (select sent_at from message b where b.conversation_id = a.conversation_id and b.text like 'Great, %' and b.status = 'SENT' limit 1) b on true
        where a.text = 'yes please'`,
    );
    // Where the time goes: the reply stored → its answer taken by the run → the next message stored.
    const stages = await db.query<{ taken: number; written: number }>(
      `select extract(epoch from (s.at - a.created_at)) * 1000 as taken, extract(epoch from (b.created_at - a.created_at)) * 1000 as written
         from message a
         join conversation c on c.id = a.conversation_id
         join process_run r on r.client_id = c.client_id
         join process_run_step s on s.run_id = r.id and s.kind = 'ANSWER_STORED'
         join lateral (select created_at from message b where b.conversation_id = a.conversation_id and b.text like 'Great, %' limit 1) b on true
        where a.text = 'yes please'`,
    );
    console.log('  of which reply → answer taken by the run, ms:', summarize(stages.rows.map((row) => Number(row.taken))), '→ next message stored, ms:', summarize(stages.rows.map((row) => Number(row.written))));
    const floor = await db.query<{ ms: number }>(`select extract(epoch from (sent_at - created_at)) * 1000 as ms from message where text like 'bench floor %' and status = 'SENT'`);
    console.log(`  reply → next message SENT at ${options.rate}/s, ms:`, summarize(latency.rows.map((row) => Number(row.ms))));
    console.log(`  floor, an operator's reply created → SENT at ${options.rate}/s beside it, ms:`, summarize(floor.rows.map((row) => Number(row.ms))));
  } finally {
    // A profiled worker stops gracefully, to write its profile.
    if (profile.length) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    } else worker.kill('SIGKILL');
    await db.end();
  }
}
