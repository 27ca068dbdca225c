// Temporary: the card timed against the kept card_probe database (deleted before handing back).
import { spawn } from 'node:child_process';
import pg from 'pg';
import { rootDir } from '../src/config.ts';
import { toGlobalId } from '../src/graphql/global-id.ts';
import { findFreePort, startTemporalDevServer } from '../src/temporal/dev-server.ts';
import { fullCardQuery } from './card-query.ts';
import { gql, login, timed } from './harness.ts';
import { sleep } from './stats.ts';

const databaseUrl = 'postgres://postgres@127.0.0.1:5432/card_probe';
const temporal = await startTemporalDevServer({});
const port = await findFreePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), `${rootDir}api/src/main.ts`], {
  env: { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporal.address, PORT: String(port), SEED_DEMO: '0', TEMPORAL_TASK_QUEUE: 'probe' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  while (!(await fetch(`${base}/readyz`).catch(() => null))?.ok) await sleep(100);
  const operator = await login(base);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const n = Number(process.env.N ?? 300);
  const { rows } = await db.query(`select c.id as client, (select v.id from conversation v where v.client_id = c.id order by v.last_activity_at desc limit 1) as conversation from client c order by random() limit ${n + 20}`);
  await db.end();
  const cards = rows.map((r: any) => ({ client: toGlobalId('Client', r.client), conversation: toGlobalId('Conversation', r.conversation) }));
  let i = 0;
  console.log('baseline', await timed(n, () => gql(base, '{ me { operator { id } } }', {}, operator)));
  const { readFileSync } = await import('node:fs');
  const cpu = (pid: number | string) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
  const pgPids = () => readFileSync('/dev/null', 'utf8') || '';
  void pgPids;
  const { execSync } = await import('node:child_process');
  const pgCpu = () => execSync('for p in $(pgrep -f "postgres: .*card_probe"); do cat /proc/$p/stat 2>/dev/null | cut -d")" -f2 | awk \'{s+=$12+$13} END {print s+0}\'; done | awk \'{s+=$1} END {print s*10}\'').toString().trim();
  const s0 = cpu(server.pid!), b0 = process.cpuUsage(), p0 = Number(pgCpu());
  console.log('card', await timed(n, () => gql(base, fullCardQuery, cards[i++ % cards.length]!, operator)));
  const b1 = process.cpuUsage(b0);
  console.log(`per card (ms CPU): server ${((cpu(server.pid!) - s0) / (n + 20)).toFixed(2)}, bench ${((b1.user + b1.system) / 1000 / (n + 20)).toFixed(2)}, postgres ${((Number(pgCpu()) - p0) / (n + 20)).toFixed(2)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await temporal.stop();
}
