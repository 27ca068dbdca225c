// Beside the processes bench: the least a reply to a run can cost on the same Temporal dev server and database — a
// bare workflow per "run" waiting for a signal, which runs one local activity (one insert) and completes, with its
// own worker (this process) on its own task queue. Signalled at the same rate; signal sent → row written.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pg from 'pg';
import { sleep, summarize } from './stats.ts';
import { floorReply, type floorRun } from './temporal-floor.workflows.ts';

/** CPU seconds of the Temporal dev server listening on `address` (its process found by its command line). */
export function temporalCpuSeconds(address: string) {
  const port = address.split(':').at(-1);
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (!cmdline.includes('start-dev') || cmdline[cmdline.indexOf('--port') + 1] !== port) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(stat[11]) + Number(stat[12])) / 100;
    } catch {
      // A process that ended meanwhile.
    }
  }
  return NaN;
}

export async function temporalFloor(options: { temporalAddress: string; databaseUrl: string; count: number; rate: number }) {
  const db = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  await db.query('create table if not exists bench_floor (id text primary key, sent_at double precision not null, done_at timestamptz not null default clock_timestamp())');
  const taskQueue = `bench-floor-${Date.now()}`;
  const logger = new DefaultLogger('WARN');
  Runtime.install({ logger });
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: options.temporalAddress }),
    taskQueue,
    workflowBundle: await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./temporal-floor.workflows.ts', import.meta.url)), logger }),
    activities: { floorStep: async (id: string, sentAt: number) => void (await db.query('insert into bench_floor (id, sent_at) values ($1, $2) on conflict do nothing', [id, sentAt])) },
  });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: options.temporalAddress }) });
  try {
    const ids = Array.from({ length: options.count }, (_, i) => `floor-${taskQueue}-${i}`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = next++; i < ids.length; i = next++) await client.workflow.start<typeof floorRun>('floorRun', { taskQueue, workflowId: ids[i]!, args: [ids[i]!] });
      }),
    );
    await sleep(5000);
    const cpuBefore = temporalCpuSeconds(options.temporalAddress);
    const began = performance.now();
    const signals: Promise<unknown>[] = [];
    for (let i = 0; i < ids.length; i++) {
      const due = began + (i / options.rate) * 1000;
      if (due > performance.now()) await sleep(due - performance.now());
      signals.push(client.workflow.getHandle(ids[i]!).signal(floorReply, Date.now()));
    }
    await Promise.all(signals);
    for (;;) {
      const { rows } = await db.query<{ n: number }>('select count(*)::int as n from bench_floor');
      if (rows[0]!.n >= ids.length || performance.now() - began > 180_000) break;
      await sleep(250);
    }
    const cpu = temporalCpuSeconds(options.temporalAddress) - cpuBefore;
    const { rows } = await db.query<{ ms: number }>('select extract(epoch from done_at) * 1000 - sent_at as ms from bench_floor');
    console.log(
      `  the floor, a bare workflow per run: signal → one local activity's insert at ${options.rate}/s, ms:`,
      summarize(rows.map((row) => Number(row.ms))),
      `; the Temporal server's CPU ${((cpu / ids.length) * 1000).toFixed(1)} ms per reply`,
    );
  } finally {
    worker.shutdown();
    await running;
    await db.end();
  }
}
