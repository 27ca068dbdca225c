// Lean reads (issue 13): the web inbox's own first-page document (`conversations(first: 50)`, 10,000 clients) at 8
// concurrent and sequentially, against a bare node:http server running the product's single statement for the
// page and against PostGraphile on the same database; `{ __typename }` and `{ me }` against a bare Apollo Server
// with the same schema and plugins (api/bench/reads-servers.ts). Interleaved rounds, medians, ratios.
import { spawn } from 'node:child_process';
import { print } from 'graphql';
import pg from 'pg';
import { rootDir } from '../src/config.ts';
import { findFreePort } from '../src/temporal/dev-server.ts';
import { ConversationsDocument } from '../../web/src/generated/graphql.ts';
import { cleanups, login, startProduct, timed } from './harness.ts';
import { cpuSeconds, sleep } from './stats.ts';

type Options = { clients: number; rounds: number; seconds: number; requests: number };

const inboxPage = print(ConversationsDocument);
const typename = '{ __typename }';
const me = '{ me { operator { id } } }';

/**
 * The same 50 rows through PostGraphile's generated schema, with the relations and counts the list item shows
 * (`lastMessage` is a computed column the bench adds: conversation.last_message_id has no foreign key).
 */
const postgraphilePage = (projectId: string) => `{ allConversations(first: 50, orderBy: [LAST_ACTIVITY_AT_DESC, PRIMARY_KEY_DESC],
  condition: { projectId: "${projectId}", archivedAt: null, pinnedAt: null }) {
  edges { cursor node { id status unreadCount pinnedAt archivedAt closedAt lastActivityAt createdAt revision
    scheduled: messagesByConversationId(condition: { status: "SCHEDULED" }) { totalCount }
    channelByChannelId { id kind name }
    operatorByAssigneeId { id name avatarUrl }
    teamByTeamId { id name }
    lastMessage { id text senderKind direction status createdAt deletedAt operatorByAuthorId { id name } }
    clientByClientId { id name avatarUrl phone email createdAt lastActivityAt botPausedUntil blockedAt
      openTasks: tasksByClientId(condition: { completedAt: null }) { totalCount }
      clientChannelsByClientId(orderBy: CREATED_AT_ASC) { nodes { id platformId channelByChannelId { id name kind } } } } } }
  pageInfo { hasNextPage endCursor } } }`;

async function post(url: string, query: string, variables: object, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url}: ${response.status} ${text.slice(0, 400)}`);
  return text;
}

async function spawnServer(kind: 'floor' | 'apollo' | 'postgraphile', databaseUrl: string, temporalAddress: string) {
  const port = await findFreePort();
  const child = spawn(process.execPath, [`${rootDir}api/bench/reads-servers.ts`, kind], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), TEMPORAL_ADDRESS: temporalAddress },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid ?? null };
}

/** Requests per second from `concurrency` loops for `seconds`. */
async function throughput(seconds: number, concurrency: number, work: () => Promise<unknown>) {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await work();
        done++;
      }
    }),
  );
  return done / seconds;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function describeDatabase(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: [info] } = await client.query(
    "select current_setting('server_version') as version, datcollate as collate, datctype as ctype, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()",
  );
  await client.end();
  return `PostgreSQL ${info.version}, ${info.encoding}, collate ${info.collate}, ctype ${info.ctype}`;
}

export async function readsBench(options: Options) {
  console.log(`\n== Reads: ${options.clients} clients, ${options.rounds} interleaved rounds of ${options.seconds} s at 8 concurrent and ${options.requests} sequential ==`);
  // BENCH_READS_RUN_WORKER=0: the API without its in-process Temporal worker (as beside `npm run worker`).
  const runWorker = process.env.BENCH_READS_RUN_WORKER ?? '1';
  // BENCH_PRODUCT_NODE_ARGS: more flags for the product's node (`--cpu-prof --cpu-prof-dir=…` to see where its time goes).
  const nodeArgs = process.env.BENCH_PRODUCT_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const { base, databaseUrl, temporalAddress, stop, pid } = await startProduct({ clients: options.clients }, { env: { RUN_WORKER: runWorker }, nodeArgs });
  console.log(`  the product ${runWorker === '0' ? 'without' : 'with'} its in-process worker (npm start runs one; BENCH_READS_RUN_WORKER=0 leaves it out)`);
  console.log(`  database: ${await describeDatabase(databaseUrl)}`);
  const operator = await login(base);
  const product = `${base}/graphql`;
  const [floor, apollo] = [await spawnServer('floor', databaseUrl, temporalAddress), await spawnServer('apollo', databaseUrl, temporalAddress)];
  const productPid = pid();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: [project] } = await client.query("select project_id from operator where email = 'anna@demo.test'");
  await client.query('create function conversation_last_message(c conversation) returns message language sql stable as $$ select * from message where id = c.last_message_id $$');
  await client.end();
  const postgraphile = await spawnServer('postgraphile', databaseUrl, temporalAddress).catch((error: unknown) => {
    console.log(`  PostGraphile did not start: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });

  // `pid`: the server's process, whose CPU time a request is read from /proc (the figure the machine's load moves least).
  type Target = { name: string; pid: number | null; run: () => Promise<unknown> };
  const pages: Target[] = [
    { name: 'product', pid: productPid, run: () => post(product, inboxPage, { first: 50 }, operator) },
    { name: 'bare SQL floor', pid: floor.pid, run: () => post(floor.url, '{}', {}) },
    ...(postgraphile ? [{ name: 'PostGraphile', pid: postgraphile.pid, run: () => post(postgraphile.url, postgraphilePage(project.project_id), {}) }] : []),
  ];
  const trivial: Target[] = [
    { name: 'product { __typename }', pid: productPid, run: () => post(product, typename, {}, operator) },
    { name: 'bare Apollo { __typename }', pid: apollo.pid, run: () => post(apollo.url, typename, {}, operator) },
    { name: 'product { me }', pid: productPid, run: () => post(product, me, {}, operator) },
    { name: 'bare Apollo { me }', pid: apollo.pid, run: () => post(apollo.url, me, {}, operator) },
  ];
  // Every target answers before anything is timed (a wrong document fails here, not in a round).
  for (const target of [...pages, ...trivial]) await target.run();
  if (postgraphile) {
    const ours = JSON.parse(await post(product, inboxPage, { first: 50 }, operator)).data.conversations.edges.map((e: { node: { id: string } }) => e.node.id);
    const theirs = JSON.parse(await post(postgraphile.url, postgraphilePage(project.project_id), {})).data.allConversations.edges;
    const same = theirs.every((edge: { node: { id: string } }, i: number) => Buffer.from(edge.node.id, 'base64').toString().includes(Buffer.from(ours[i], 'base64url').toString().split(':').pop()!));
    console.log(`  PostGraphile answers ${theirs.length} rows, ours ${ours.length}: ${same ? 'the same conversations in the same order' : 'NOT the same conversations'}`);
  }

  const results = new Map<string, { rps: number[]; p50: number[]; cpu: number[] }>();
  const idleSeconds = 1.5;
  for (let round = 0; round < options.rounds; round++) {
    // Turn by turn, in a rotating order, so that the machine's moods fall on every target alike.
    const all = [...pages, ...trivial];
    const order = all.map((_, i) => all[(i + round) % all.length]!);
    for (const target of order) {
      const entry = results.get(target.name) ?? { rps: [], p50: [], cpu: [] };
      // The server's own CPU while nobody calls it (the product's in-process worker, its timers), to be left out.
      const idleFrom = cpuSeconds(target.pid);
      await sleep(idleSeconds * 1000);
      const cpuBefore = cpuSeconds(target.pid);
      const rps = await throughput(options.seconds, 8, target.run);
      const cpuAfter = cpuSeconds(target.pid);
      entry.rps.push(rps);
      // Milliseconds of the server's CPU (all its threads) a request over the 8-concurrent run, less its idle rate.
      if (idleFrom !== null && cpuBefore !== null && cpuAfter !== null) {
        const idle = ((cpuBefore - idleFrom) / idleSeconds) * options.seconds;
        entry.cpu.push((Math.max(0, cpuAfter - cpuBefore - idle) * 1000) / (rps * options.seconds));
      }
      entry.p50.push((await timed(options.requests, target.run)).p50);
      results.set(target.name, entry);
      await sleep(200);
    }
    console.log(`  round ${round + 1}: ${[...results].map(([name, r]) => `${name} ${r.rps.at(-1)!.toFixed(0)}/s`).join(', ')}`);
  }
  await stop();

  const figure = (name: string) => {
    const entry = results.get(name)!;
    return { rps: median(entry.rps), p50: median(entry.p50), cpu: entry.cpu.length ? median(entry.cpu) : NaN };
  };
  // The machine's speed changes from second to second: each round's ratio is of figures taken moments apart, and
  // the median of those ratios is the figure to trust.
  const ratioOf = (name: string, against: string, key: 'rps' | 'p50' | 'cpu') =>
    median(results.get(name)![key].map((value, round) => value / results.get(against)![key][round]!));
  const line = (name: string, against?: string) => {
    const mine = figure(name);
    const ratio = against
      ? ` → ${ratioOf(name, against, 'rps').toFixed(2)}× ${against}'s throughput, ${ratioOf(name, against, 'p50').toFixed(2)}× its p50, ${ratioOf(name, against, 'cpu').toFixed(2)}× its CPU a request (medians of the rounds' ratios)`
      : '';
    console.log(`  ${name.padEnd(28)} ${mine.rps.toFixed(0).padStart(6)} req/s at 8 concurrent, p50 ${mine.p50.toFixed(2)} ms sequential, ${mine.cpu.toFixed(3)} ms CPU a request${ratio}`);
  };
  console.log('Medians of the rounds:');
  line('bare SQL floor');
  if (postgraphile) line('PostGraphile', 'bare SQL floor');
  line('product', 'bare SQL floor');
  if (postgraphile) line('product', 'PostGraphile');
  line('bare Apollo { __typename }');
  line('product { __typename }', 'bare Apollo { __typename }');
  line('bare Apollo { me }');
  line('product { me }', 'bare Apollo { me }');
  const pageRatio = postgraphile ? ratioOf('product', 'PostGraphile', 'rps') : NaN;
  const typenameRatio = ratioOf('product { __typename }', 'bare Apollo { __typename }', 'rps');
  const typenameCpu = ratioOf('product { __typename }', 'bare Apollo { __typename }', 'cpu');
  console.log(
    `Targets: first page at 8 concurrent ≥ 1.0× PostGraphile: ${postgraphile ? `${pageRatio.toFixed(2)}× ${pageRatio >= 1 ? 'met' : 'NOT met'}` : 'PostGraphile unavailable'}; ` +
      `{ __typename } ≥ 0.9× bare Apollo: ${typenameRatio.toFixed(2)}× ${typenameRatio >= 0.9 ? 'met' : 'NOT met'} ` +
      `(by CPU a request, the bare Apollo's over ours: ${(1 / typenameCpu).toFixed(2)}×)`,
  );
}
