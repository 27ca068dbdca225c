// Real time against its floor (issue 13): `inboxEvents` with the web inbox's own document, delivered to N sockets
// by the product, beside a bare `ws` server (raw-broadcast.ts) sending a frame of the same size to as many sockets
// at the same rate, in interleaved rounds. Both servers are their own processes; this one only loads them. Issue 14's
// hops (a second node, the gateway) are measured that way too, or in turns within each round (inTurnsBench).
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { print } from 'graphql';
import pg from 'pg';
import { InboxEventsDocument } from '../../web/src/generated/graphql.ts';
import { newToken, tokenHash } from '../src/auth/tokens.ts';
import { rootDir } from '../src/config.ts';
import { findFreePort } from '../src/temporal/dev-server.ts';
import { demoWidgetKey, seedDemoProject } from '../src/seed/seed.ts';
import { Fleet, graphqlWsGreet, now, probeIndex, type Greet } from './fleet.ts';
import type { FleetRequest } from './fleet-process.ts';
import { cleanups, gql, login, probed, startProduct } from './harness.ts';
import { cpuSeconds, gcPauses, percentile, sleep } from './stats.ts';

type Options = { sockets: number; rates: number[]; seconds: number; rounds: number; sessions: number; targets: TargetName[] };

/**
 * What the sockets connect to: `product`, one api node (the write goes to it too); `two nodes`, a second api node
 * (the write to the first, the event crossing Redis; in turns, a first node of its own); `gateway`, the gateway in
 * front of the first node (the web's document, the inbox's alone, passes through it on trunks); `gateway executing`,
 * the same with Hive Gateway executing it per subscriber (GATEWAY_PASSTHROUGH=0, as for a federated selection); `raw`,
 * the floor; `raw relay`, the floor through a bare relay (the floor of any hop).
 */
export type TargetName = 'product' | 'two nodes' | 'gateway' | 'gateway executing' | 'raw' | 'raw relay';

/** A server under load: how its sockets sign in and subscribe, how a message is sent, how its heap is read. */
type Target = {
  name: TargetName;
  /** Where socket i connects: `urls[i % urls.length]`. */
  urls: string[];
  /** The product's: how its sockets sign in and subscribe (graphqlWsGreet); raw's sockets send nothing. */
  graphqlWs?: { authorizations: string[]; subscribe: string };
  send(index: number): Promise<void>;
  heap(): Promise<{ heapUsed: number; rss: number }>;
  /** The processes that serve it (their CPU is its cost), the api node that takes its writes first. */
  pids(): number[];
  /** What each of them is, in the same order. */
  roles: string[];
};

/** Reads the heap of a process preloaded with heap-probe.ts. */
const heapReader = (pid: () => number, file: string) => async () => {
  const asked = Date.now();
  process.kill(pid(), 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    await sleep(50);
    const text = await readFile(file, 'utf8').catch(() => '');
    // Read again while the probe is still writing it.
    const report = (() => {
      try {
        return JSON.parse(text) as { at: number; heapUsed: number; rss: number };
      } catch {
        return null;
      }
    })();
    if (report && report.at >= asked) return report;
  }
  throw new Error('the heap probe did not answer');
};

/** `rate` messages a second for `seconds`, open loop, message i by `send(i)`: when each was sent (`now()`). */
async function sendAtRate(rate: number, seconds: number, send: (index: number) => Promise<void>) {
  const sentAt = new Float64Array(rate * seconds).fill(NaN);
  const started = performance.now();
  for (let i = 0; i < sentAt.length; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    sentAt[i] = now();
    void send(i).catch((error: unknown) => console.error('a send failed', error));
  }
  return sentAt;
}

/** Waits until `done()` (checked every 100 ms), or 15 s. */
async function untilDelivered(done: () => boolean | Promise<boolean>) {
  const deadline = performance.now() + 15_000;
  while (!(await done()) && performance.now() < deadline) await sleep(100);
}

/**
 * What one rate's deliveries show: latency percentiles, lag growth (the median latency of the last fifth of the
 * messages against that of the first fifth), deliveries a second. A delivery that came before its message was
 * sent (a straggler of the rate before) is not one.
 */
function figures(sentAt: Float64Array, deliveries: Pick<Fleet['deliveries'], 'index' | 'at' | 'count'>, expected: number) {
  const { index, at, count } = deliveries;
  const [keptIndex, latency] = [new Uint32Array(count), new Float64Array(count)];
  let [kept, last] = [0, 0];
  for (let k = 0; k < count; k++) {
    const sent = sentAt[index[k]!]!;
    if (!(at[k]! >= sent)) continue;
    keptIndex[kept] = index[k]!;
    latency[kept++] = at[k]! - sent;
    last = Math.max(last, at[k]!);
  }
  const total = sentAt.length;
  const fifth = Math.max(1, Math.floor(total / 5));
  const median = (keep: (i: number) => boolean) => {
    const part: number[] = [];
    for (let k = 0; k < kept; k++) if (keep(keptIndex[k]!)) part.push(latency[k]!);
    return percentile(part.sort((a, b) => a - b), 50);
  };
  const all = Array.from(latency.subarray(0, kept)).sort((a, b) => a - b);
  // Each message's p99 over its own deliveries: their median is the tail of a typical burst, which a hop lengthens,
  // without the few bursts this shared machine stalls (which decide the p99 of all deliveries, round to round).
  const bursts = new Map<number, number[]>();
  for (let k = 0; k < kept; k++) {
    const burst = bursts.get(keptIndex[k]!);
    if (burst) burst.push(latency[k]!);
    else bursts.set(keptIndex[k]!, [latency[k]!]);
  }
  const burstP99 = percentile([...bursts.values()].map((burst) => percentile(burst.sort((a, b) => a - b), 99)).sort((a, b) => a - b), 50);
  const round = (n: number) => Math.round(n * 10) / 10;
  const first = sentAt.find((sent) => !Number.isNaN(sent)) ?? 0;
  return {
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    burstP99: round(burstP99),
    lagGrowth: round(median((i) => i >= total - fifth) - median((i) => i < fifth)),
    perSecond: Math.round(kept / ((last - first) / 1000)),
    delivered: kept,
    expected,
  };
}

/** One rate for `seconds`, open loop, then until every delivery arrived (or 15 s more). */
async function measureRate(fleet: Fleet, target: Target, rate: number, seconds: number) {
  fleet.expect(rate * seconds);
  const expected = rate * seconds * fleet.sockets.length;
  // The servers' processes, and last this one: the load generator (the fleet's reads, and the writes it times).
  const cpu = () => [...target.pids(), process.pid].map((pid) => cpuSeconds(pid) ?? NaN);
  const cpuBefore = cpu();
  const gcBefore = collectorPauses(target.pids());
  const sentAt = await sendAtRate(rate, seconds, target.send);
  await untilDelivered(() => fleet.deliveries.count >= expected);
  const result = figures(sentAt, fleet.deliveries, expected);
  const gc = collectorPauses(target.pids(), gcBefore, result.delivered);
  // CPU per 1,000 deliveries: the servers' (each process's, the first the api's or raw's, and all of them) and the load's.
  const perProcess = cpu().map((seconds, k) => Math.round(((seconds - cpuBefore[k]!) * 1e7) / result.delivered) / 10);
  const loadCpuMsPer1000 = perProcess.pop()!;
  const cpuMsPer1000 = Math.round(perProcess.reduce((sum, ms) => sum + ms, 0) * 10) / 10;
  // No burst can end sooner than its busiest process's work, nor than all of it shared out over the machine's cores.
  const burst = (ms: number) => (ms * fleet.sockets.length) / 1000;
  const burstFloor = Math.round(Math.max(burst(Math.max(...perProcess, loadCpuMsPer1000)), burst(cpuMsPer1000 + loadCpuMsPer1000) / cores));
  return { ...result, cpuMsPer1000, cpuMsPer1000ByProcess: perProcess, loadCpuMsPer1000, burstFloor, gcMsPer1000: gc.ms, gcPausesOver10: gc.over10 };
}

type Pauses = NonNullable<ReturnType<typeof gcPauses>>;

/**
 * The collector's pauses of the servers' processes (heap-probe.ts) since `before`: their sum per 1,000 of `delivered`
 * and how many were over 10 ms; the pauses so far without `before`.
 */
function collectorPauses(pids: number[]): Pauses[];
function collectorPauses(pids: number[], before: Pauses[], delivered: number): { ms: number; over10: number };
function collectorPauses(pids: number[], before?: Pauses[], delivered = 0) {
  const now = pids.map((pid) => gcPauses(pid) ?? { ms: NaN, count: NaN, over10: NaN, major: NaN });
  if (!before) return now;
  const sum = (pick: (pauses: Pauses, k: number) => number) => now.reduce((total, pauses, k) => total + pick(pauses, k), 0);
  return { ms: Math.round((sum((p, k) => p.ms - before[k]!.ms) * 10_000) / delivered) / 10, over10: sum((p, k) => p.over10 - before[k]!.over10) };
}

const cores = availableParallelism();

/**
 * A session for each socket, as when every socket is an operator's own browser: tokens of the demo project's
 * operators in turn, written straight into the database (signing in thousands of times would measure scrypt).
 */
async function signedIn(databaseUrl: string, count: number, email: string) {
  const tokens = Array.from({ length: count }, () => newToken('ses'));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `with operators as (select id, project_id, row_number() over (order by email) - 1 as n, count(*) over () as of
                            from operator where deactivated_at is null and project_id = (select project_id from operator where email = $2))
       insert into auth_token (id, project_id, operator_id, kind, token_hash, created_at)
       select gen_random_uuid(), o.project_id, o.id, 'SESSION', t.hash, now()
         from unnest($1::text[]) with ordinality t(hash, i) join operators o on o.n = (t.i - 1) % o.of`,
      [tokens.map(tokenHash), email],
    );
  } finally {
    await db.end();
  }
  return tokens.map((token) => `Bearer ${token}`);
}

/** The product's targets of `options.targets`: the sockets' addresses differ, the write always goes to the first node. */
async function productTargets(options: Options, projectEach = false): Promise<Target[]> {
  const first = probed();
  // Several nodes share events through Redis; one node alone uses it too then, so that (a) and (b) differ by the node only.
  const redis: Record<string, string> = options.targets.some((name) => name !== 'product' && !name.startsWith('raw')) ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } : {};
  if (redis.REDIS_URL) console.log(`  pub/sub: Redis at ${redis.REDIS_URL}`);
  // The gateway's trunks to the product (gateway/inbox-trunk.ts) are opened with this run's secret.
  const trunkSecret = randomBytes(16).toString('hex');
  // Measured in turns, each target's sockets are operators of a project of its own (the demo's, then `shop-1`…), so
  // that a message reaches one target's sockets only.
  const projects = projectEach ? options.targets.filter((name) => !name.startsWith('raw')).length : 1;
  const domains = Array.from({ length: projects }, (_, k) => (k ? { emailDomain: `shop-${k}.test`, widgetKey: `shop-${k}`, projectName: `Shop ${k}` } : { emailDomain: 'demo.test', widgetKey: demoWidgetKey }));
  // BENCH_PRODUCT_NODE_ARGS: more flags for every api node's node (`--cpu-prof --cpu-prof-dir=…` to see where its time goes).
  const productNodeArgs = process.env.BENCH_PRODUCT_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const product = await startProduct(
    { clients: 200 },
    {
      prepare: async (em) => {
        for (const domain of domains.slice(1)) await seedDemoProject(em.fork(), { clients: 200, ...domain });
      },
      nodeArgs: [...first.nodeArgs, ...productNodeArgs],
      env: { ...first.env, ...redis, GATEWAY_TRUNK_SECRET: trunkSecret },
    },
  );
  const project = async ({ emailDomain, widgetKey }: (typeof domains)[number]) => {
    const anna = `anna@${emailDomain}`;
    const sessions = options.sessions > 0 ? await Promise.all(Array.from({ length: options.sessions }, () => login(product.base, anna))) : await signedIn(product.databaseUrl, options.sockets, anna);
    const visitors: string[] = [];
    for (let i = 0; i < 20; i++) {
      const start = await gql(product.base, 'mutation($key: String!) { widgetStart(input: { publicKey: $key }) { session { visitorToken } } }', { key: widgetKey });
      visitors.push(`Visitor ${start.widgetStart.session.visitorToken}`);
      // First messages open conversations (and distribute them) before the measured ones.
      await gql(product.base, 'mutation { widgetSend(input: { text: "hello", idempotencyKey: "hello" }) { userErrors { code } } }', {}, visitors[i]);
    }
    return { sessions, visitors, sent: 0 };
  };
  const signedInProjects: Awaited<ReturnType<typeof project>>[] = [];
  for (const domain of domains) signedInProjects.push(await project(domain));
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(InboxEventsDocument), operationName: 'InboxEvents' } });
  // A target's sockets connect to `bases`; its writes go to `writeBase`.
  const at = (name: TargetName, bases: string[], heap: Target['heap'], pids: () => number[], roles: string[], writeBase = product.base): Target => {
    const own = signedInProjects[projectEach ? targets.length : 0]!;
    return {
      name,
      urls: bases.map((base) => `${base.replace('http', 'ws')}/graphql`),
      graphqlWs: { authorizations: own.sessions, subscribe },
      async send(index) {
        const text = `rt~${index}~ ${randomBytes(3).toString('hex')}`;
        await gql(writeBase, 'mutation($t: String!, $k: String!) { widgetSend(input: { text: $t, idempotencyKey: $k }) { userErrors { code } } }', { t: text, k: text }, own.visitors[own.sent++ % own.visitors.length]);
      },
      heap,
      pids,
      roles,
    };
  };
  const targets: Target[] = [];
  const anotherNode = async () => {
    const probe = probed();
    const node = await product.another([...probe.nodeArgs, ...productNodeArgs], { ...probe.env, ...redis, GATEWAY_TRUNK_SECRET: trunkSecret });
    return { ...node, heap: heapReader(node.pid, probe.heapFile) };
  };
  if (options.targets.includes('product')) targets.push(at('product', [product.base], heapReader(product.pid, first.heapFile), () => [product.pid()], ['api']));
  if (options.targets.includes('two nodes')) {
    // In turns, its writes go to a first node of its own: on the first node they would wait behind one node's bursts.
    const writer = projectEach ? await anotherNode() : product;
    const node = await anotherNode();
    targets.push(at('two nodes', [node.base], node.heap, () => [writer.pid(), node.pid()], ['first node', 'second node'], writer.base));
  }
  for (const name of ['gateway', 'gateway executing'] as const) {
    if (!options.targets.includes(name)) continue;
    // A gateway holds a socket a caller, and when it executes, another of its own to the inbox (on trunks, a few for
    // all): past the machine's limit on a process's open files, the callers are spread over as many gateway processes
    // as it takes (replicas, as in production), socket i on gateway i mod n.
    const limit = await openFilesLimit();
    const executing = name === 'gateway executing';
    const count = Math.ceil(options.sockets / Math.floor((limit - 1000) / (executing ? 2 : 1)));
    if (count > 1) console.log(`  ${name}: ${count} gateway processes (at most ${limit} open files a process)`);
    const gatewayEnv: Record<string, string> = executing ? { GATEWAY_PASSTHROUGH: '0' } : { GATEWAY_TRUNK_SECRET: trunkSecret };
    // In turns, in front of an api node of its own, which takes its writes: the first node serves one node's sockets.
    const node = projectEach ? await anotherNode() : product;
    const gateways = await Promise.all(Array.from({ length: count }, () => startGatewayProcess(`${node.base}/graphql`, gatewayEnv)));
    const heaps = gateways.map((gateway) => heapReader(gateway.pid, gateway.heapFile));
    const heap = async () => (await Promise.all(heaps.map((read) => read()))).reduce((sum, one) => ({ heapUsed: sum.heapUsed + one.heapUsed, rss: sum.rss + one.rss }), { heapUsed: 0, rss: 0 });
    const pids = () => [node.pid(), ...gateways.map((gateway) => gateway.pid())];
    targets.push(at(name, gateways.map((gateway) => gateway.base), heap, pids, ['api', ...gateways.map((_, j) => `gateway${count > 1 ? ` ${j + 1}` : ''}`)], node.base));
  }
  return targets;
}

/** The limit on a process's open files its children inherit (Linux; unlimited elsewhere as far as this bench knows). */
async function openFilesLimit() {
  const limits = await readFile('/proc/self/limits', 'utf8').catch(() => '');
  const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
  return soft ? Number(soft) : Number.MAX_SAFE_INTEGER;
}

/** The gateway (gateway/main.ts) in its own process, in front of `inboxUrl`; its heap is what the sockets cost. */
async function startGatewayProcess(inboxUrl: string, gatewayEnv: Record<string, string>) {
  const { heapFile, nodeArgs, env } = probed();
  const port = await findFreePort();
  // BENCH_GATEWAY_NODE_ARGS: more flags for the gateway's node, as BENCH_PRODUCT_NODE_ARGS for the product's.
  const gateway = spawn(process.execPath, [...nodeArgs, ...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? []), `${rootDir}gateway/main.ts`], {
    env: { ...process.env, ...env, ...gatewayEnv, GATEWAY_PORT: String(port), GATEWAY_SUBGRAPH_INBOX_URL: inboxUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(async () => {
    if (gateway.exitCode !== null) return;
    gateway.kill('SIGTERM');
    await new Promise((resolve) => gateway.once('exit', resolve));
  });
  await new Promise((resolve) => gateway.stdout.once('data', resolve));
  return { base: `http://127.0.0.1:${port}`, pid: () => gateway.pid!, heapFile };
}

/** A bare `ws` process of the bench's (raw-broadcast.ts, raw-relay.ts), its heap probed like the product's. */
async function rawProcess(script: string, env: Record<string, string> = {}) {
  const { heapFile, nodeArgs, env: probe } = probed();
  const port = await findFreePort();
  const server = spawn(process.execPath, [...nodeArgs, `${rootDir}api/bench/${script}`], { env: { ...process.env, ...probe, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return { port, heap: heapReader(() => server.pid!, heapFile), pid: () => server.pid! };
}

/** `raw`: a bare broadcast; `raw relay`: the same through a bare relay (the floor of a gateway's hop). */
async function rawTarget(name: 'raw' | 'raw relay', frameLength: () => number) {
  const broadcast = await rawProcess('raw-broadcast.ts');
  const relay = name === 'raw relay' ? await rawProcess('raw-relay.ts', { UPSTREAM: `ws://127.0.0.1:${broadcast.port}/graphql` }) : null;
  const target: Target = {
    name,
    urls: [`ws://127.0.0.1:${(relay ?? broadcast).port}/graphql`],
    async send(index) {
      // A `next` message as long as the product's frame, carrying the same marker.
      const head = `{"id":"1","type":"next","payload":{"data":{"inboxEvents":{"text":"rt~${index}~ `;
      const tail = '"}}}}';
      const frame = head + 'x'.repeat(Math.max(0, frameLength() - head.length - tail.length)) + tail;
      await fetch(`http://127.0.0.1:${broadcast.port}/broadcast`, { method: 'POST', body: frame }).then((response) => response.text());
    },
    heap: (relay ?? broadcast).heap,
    pids: () => [broadcast.pid(), ...(relay ? [relay.pid()] : [])],
    roles: ['broadcast', ...(relay ? ['relay'] : [])],
  };
  return target;
}

type RoundResult = {
  connect: { acked: number; acked5000: number; ready: number; live: number };
  closed: Record<number, number>;
  heapPerSocket: number;
  rssPerSocket: number;
  rates: Record<number, Awaited<ReturnType<typeof measureRate>>>;
};

/**
 * Until every socket got a probe: the subscriptions are live, not only the connections (or a minute on: then the
 * rates are measured on those that are, and `live` says how many).
 */
async function untilSubscribed(count: number, heard: () => number | Promise<number>, send: Target['send']) {
  const deadline = performance.now() + 60_000;
  let live = await heard();
  for (; live < count && performance.now() < deadline; live = await heard()) {
    await send(probeIndex);
    await sleep(200);
  }
  return { live };
}

async function round(target: Target, options: Options, onFrameLength: (n: number) => void): Promise<RoundResult> {
  const fleet = new Fleet();
  const before = await target.heap();
  const started = performance.now();
  const greet: Greet = target.graphqlWs ? graphqlWsGreet(target.graphqlWs.authorizations, target.graphqlWs.subscribe) : () => 'open';
  const acked = await fleet.connect(target.urls, options.sockets, greet);
  const connect = { ...acked, ...(await untilSubscribed(options.sockets, () => fleet.heardCount, target.send)), ready: performance.now() - started };
  await sleep(1000);
  const after = await target.heap();
  const rates: RoundResult['rates'] = {};
  for (const rate of options.rates) {
    rates[rate] = await measureRate(fleet, target, rate, options.seconds);
    if (target.name === 'product') onFrameLength(fleet.frameLength);
  }
  const closed = { ...fleet.closed };
  await fleet.close();
  const round = (n: number) => Math.round(n);
  return {
    connect: { acked: round(connect.acked), acked5000: round(connect.acked5000), ready: round(connect.ready), live: connect.live },
    closed,
    heapPerSocket: round((after.heapUsed - before.heapUsed) / options.sockets),
    rssPerSocket: round((after.rss - before.rss) / options.sockets),
    rates,
  };
}

const figureNames = { p50: 'p50', p99: 'p99', burstP99: "a burst's p99", burstFloor: "a burst's CPU floor (no burst ends sooner)" };

export async function realtimeBench(options: Options) {
  const others = options.targets.filter((name) => name !== 'raw');
  console.log(
    `\n== Real time: inboxEvents (the web inbox's document) to ${options.sockets} sockets (${options.sessions > 0 ? `${options.sessions} session${options.sessions > 1 ? 's' : ''} of anna` : 'a session each, of the demo operators in turn'}): ${others.join(', ')} against raw ws, ${options.rates.join(' and ')} messages/s for ${options.seconds} s, ${options.rounds} interleaved rounds ==`,
  );
  let frameLength = 0;
  const floors = (['raw', ...options.targets.filter((name) => name === 'raw relay')] as const).map((name) => rawTarget(name, () => frameLength || 1700));
  const targets = [...(await productTargets(options)), ...(await Promise.all(floors))];
  const results = new Map<TargetName, RoundResult[]>(targets.map((target) => [target.name, []]));
  for (let r = 0; r < options.rounds; r++) {
    // Each round starts with another target (the first product round learns the frame's length for the floor).
    const order = [...targets.slice(r % targets.length), ...targets.slice(0, r % targets.length)];
    for (const target of order) {
      const result = await round(target, options, (n) => (frameLength ||= n));
      results.get(target.name)!.push(result);
      console.log(`  round ${r + 1} ${target.name}:`, JSON.stringify(result), target.name.startsWith('raw') ? '' : `frame ${frameLength} bytes`);
    }
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  const of = (name: TargetName, pick: (result: RoundResult) => number) => median(results.get(name)!.map(pick));
  // Against raw as ratios; lag growth and the share delivered, which are no ratios, side by side.
  const both = (name: TargetName, pick: (result: RoundResult) => number, ratio = true) => {
    const p = of(name, pick);
    const w = of('raw', pick);
    return `${p} vs ${w} raw${ratio ? ` (${(p / w).toFixed(2)}×)` : ''}`;
  };
  for (const name of others) {
    console.log(`Medians of ${options.rounds} rounds, ${name} vs raw, frame ${frameLength} bytes:`);
    console.log(`  connect ${options.sockets} sockets, ms: acknowledged ${both(name, (r) => r.connect.acked)}; subscribed (a probe received) ${both(name, (r) => r.connect.ready)}`);
    if (options.sockets >= 5000) console.log(`  connect 5,000 sockets, ms: ${both(name, (r) => r.connect.acked5000)}`);
    console.log(`  heap per socket, bytes: ${both(name, (r) => r.heapPerSocket)} (per 1,000: ${((of(name, (r) => r.heapPerSocket) * 1000) / 2 ** 20).toFixed(1)} MiB); RSS per socket ${both(name, (r) => r.rssPerSocket)}`);
    for (const rate of options.rates) {
      const at = (pick: (s: Awaited<ReturnType<typeof measureRate>>) => number, ratio = true) => both(name, (r) => pick(r.rates[rate]!), ratio);
      // What a hop adds: the product's to one node, the bare relay's (the floor of any hop) to the bare broadcast.
      const base = name === 'raw relay' ? 'raw' : 'product';
      const added = name !== base && results.has(base)
        ? `; adds to ${base === 'raw' ? 'raw' : 'one node'}: ${(['p50', 'p99', 'burstP99', 'burstFloor'] as const).map((figure) => `${figureNames[figure]} ${(of(name, (r) => r.rates[rate]![figure]) - of(base, (r) => r.rates[rate]![figure])).toFixed(1)} ms`).join(', ')}`
        : '';
      console.log(
        `  ${rate} messages/s to ${options.sockets}: p50 ${at((s) => s.p50)} ms; p99 ${at((s) => s.p99)} ms; a burst's p99 (the median message's) ${at((s) => s.burstP99)} ms; lag growth (last fifth's p50 − first fifth's) ${at((s) => s.lagGrowth, false)} ms; deliveries/s ${at((s) => s.perSecond)}; delivered ${at((s) => s.delivered / s.expected, false)}; the servers' CPU per 1,000 deliveries ${at((s) => s.cpuMsPer1000)} ms, the load generator's ${at((s) => s.loadCpuMsPer1000)} ms; the servers' collector pauses per 1,000 deliveries ${at((s) => s.gcMsPer1000)} ms, over 10 ms ${at((s) => s.gcPausesOver10, false)} a round; ${figureNames.burstFloor} on ${cores} cores ${at((s) => s.burstFloor)} ms${added}`,
      );
    }
  }
}

/** A fleet in a process of its own (fleet-process.ts): `ask` sends one request and resolves its answer, in turn. */
function fleetProcess() {
  const child = fork(`${rootDir}api/bench/fleet-process.ts`, [], { serialization: 'advanced', execArgv: [] });
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  });
  let queue: Promise<unknown> = Promise.resolve();
  const ask = <T>(request: FleetRequest) => {
    const answer = queue.then(() => new Promise<T>((resolve) => child.once('message', (message: { reply: T }) => resolve(message.reply)).send(request)));
    queue = answer;
    return answer;
  };
  return { ask, pid: child.pid! };
}

/**
 * The hops side by side within each round (BENCH_RT_IN_TURNS=1; issue 14's (b) and (c)): every target's sockets stay
 * open at once, each target's operators of a project of its own and its fleet in a process of its own, and the
 * messages take turns (message i to target i mod n's project; every other round the other way round), `rate` a second in all: each burst reaches one target's
 * sockets, as at that rate alone, and whatever else the machine does meanwhile falls on every target alike. A hop's
 * cost is its p50 / p99 less the first target's in the same round; the figures are the medians of those.
 */
export async function inTurnsBench(options: Options) {
  const targets = await productTargets(options, true);
  const n = targets.length;
  console.log(
    `\n== Real time in turns: inboxEvents (the web inbox's document) to ${options.sockets} sockets a target (${targets.map((target) => target.name).join(', ')}), each its own project's operators, a session each; messages in turns, ${options.rates.join(' and ')} a second in all, ${options.seconds} s a target, ${options.rounds} rounds ==`,
  );
  const fleets = targets.map(() => fleetProcess());
  for (const [k, target] of targets.entries()) {
    const started = performance.now();
    const connect = await fleets[k]!.ask<{ acked: number; closed: Record<number, number> }>({ type: 'connect', urls: target.urls, count: options.sockets, ...target.graphqlWs! });
    const { live } = await untilSubscribed(options.sockets, () => fleets[k]!.ask<number>({ type: 'heard' }), target.send);
    console.log(`  ${target.name}: acknowledged in ${Math.round(connect.acked)} ms, ${live} subscribed in ${Math.round(performance.now() - started)} ms; closed ${JSON.stringify(connect.closed)}`);
  }
  await sleep(1000);
  // The processes whose CPU is measured: each target's own (past the first node, which serves them all) and its load
  // generator; then the first node's, for each target.
  const apiPid = targets[0]!.pids()[0]!;
  const processes = targets.flatMap((target, k) => [
    ...target.pids().flatMap((pid, j) => (pid === apiPid ? [] : [{ name: `${target.name}'s ${target.roles[j]}`, pid, of: k }])),
    { name: `${target.name}'s load`, pid: fleets[k]!.pid, of: k },
  ]);
  const cpuNames = [...processes.map(({ name }) => name), ...targets.map((target) => `the first node for ${target.name}`)];
  const cpuByProcess = new Map<string, number[]>();
  // The collector's pauses of each server process (the first node's too, counted against one node's deliveries).
  const servers = [{ name: `${targets[0]!.name}'s ${targets[0]!.roles[0]}`, pid: apiPid, of: 0 }, ...processes.filter(({ pid }) => !fleets.some((fleet) => fleet.pid === pid))];
  const gcByProcess = new Map<string, { ms: number; over10: number }[]>();
  type Figures = ReturnType<typeof figures>;
  const results = new Map<string, Figures[]>();
  for (let r = 0; r < options.rounds; r++) {
    for (const rate of options.rates) {
      const total = rate * options.seconds * n;
      await Promise.all(fleets.map((fleet) => fleet.ask({ type: 'expect', messages: total })));
      // Every other round the turns go the other way round, so that each target follows each other one alike (a burst
      // may still meet the garbage of the one before it).
      const turn = (i: number) => (r % 2 ? n - 1 - (i % n) : i % n);
      const cpuBefore = processes.map(({ pid }) => cpuSeconds(pid) ?? NaN);
      const gcBefore = collectorPauses(servers.map(({ pid }) => pid));
      // The first node serves every target: its CPU between one message and the next is the first one's target's.
      const apiCpu = targets.map(() => 0);
      let [apiAt, apiTurn] = [cpuSeconds(apiPid) ?? NaN, -1];
      const apiTo = (next: number) => {
        const at = cpuSeconds(apiPid) ?? NaN;
        if (apiTurn >= 0) apiCpu[apiTurn]! += at - apiAt;
        [apiAt, apiTurn] = [at, next];
      };
      const sentAt = await sendAtRate(rate, options.seconds * n, (i) => {
        apiTo(turn(i));
        return targets[turn(i)]!.send(i);
      });
      const expected = targets.map((_, k) => Array.from({ length: total }, (_, i) => i).filter((i) => turn(i) === k).length * options.sockets);
      await untilDelivered(async () => (await Promise.all(fleets.map((fleet) => fleet.ask<number>({ type: 'count' })))).every((count, k) => count >= expected[k]!));
      apiTo(-1);
      // Each process's CPU per 1,000 deliveries of the target it serves.
      const perThousand = (seconds: number, k: number) => Math.round((seconds * 1e7) / expected[k]!) / 10;
      const cpu = [...processes.map(({ pid, of }, k) => perThousand((cpuSeconds(pid) ?? NaN) - cpuBefore[k]!, of)), ...apiCpu.map(perThousand)];
      for (const [k, ms] of cpu.entries()) cpuByProcess.set(cpuNames[k]!, [...(cpuByProcess.get(cpuNames[k]!) ?? []), ms]);
      console.log(`  round ${r + 1}, ${rate}/s, CPU per 1,000 deliveries: ${cpuNames.map((name, k) => `${name} ${cpu[k]} ms`).join(', ')}`);
      const gc = servers.map(({ pid, of }, k) => collectorPauses([pid], [gcBefore[k]!], expected[of]!));
      for (const [k, pauses] of gc.entries()) gcByProcess.set(servers[k]!.name, [...(gcByProcess.get(servers[k]!.name) ?? []), pauses]);
      console.log(`  round ${r + 1}, ${rate}/s, collector pauses per 1,000 deliveries: ${servers.map(({ name }, k) => `${name} ${gc[k]!.ms} ms (${gc[k]!.over10} over 10 ms)`).join(', ')}`);
      const line: string[] = [];
      for (const [k, fleet] of fleets.entries()) {
        const deliveries = await fleet.ask<{ index: Uint32Array<ArrayBuffer>; at: Float64Array<ArrayBuffer>; closed: Record<number, number> }>({ type: 'collect' });
        const result = figures(sentAt, { ...deliveries, count: deliveries.index.length }, expected[k]!);
        const key = `${targets[k]!.name} ${rate}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        line.push(`${targets[k]!.name} ${JSON.stringify(result)}${Object.keys(deliveries.closed).length ? ` closed ${JSON.stringify(deliveries.closed)}` : ''}`);
      }
      console.log(`  round ${r + 1}, ${rate}/s: ${line.join('; ')}`);
    }
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  const base = targets[0]!.name;
  console.log(`Medians of ${options.rounds} rounds (a hop's cost: its difference from ${base} in the same round):`);
  for (const rate of options.rates) {
    for (const target of targets) {
      const rounds = results.get(`${target.name} ${rate}`)!;
      const baseRounds = results.get(`${base} ${rate}`)!;
      const of = (pick: (f: Figures) => number) => median(rounds.map(pick));
      const added = (pick: (f: Figures) => number) => median(rounds.map((f, r) => pick(f) - pick(baseRounds[r]!))).toFixed(1);
      console.log(
        `  ${rate} messages/s, ${target.name}: p50 ${of((f) => f.p50)} ms, p99 ${of((f) => f.p99)} ms, a burst's p99 ${of((f) => f.burstP99)} ms, delivered ${of((f) => f.delivered / f.expected)}${target.name === base ? '' : `; adds to ${base}: p50 ${added((f) => f.p50)} ms, p99 ${added((f) => f.p99)} ms, a burst's p99 ${added((f) => f.burstP99)} ms`}`,
      );
    }
  }
  console.log(`  CPU per 1,000 deliveries: ${[...cpuByProcess].map(([name, values]) => `${name} ${median(values)} ms`).join(', ')}`);
  console.log(
    `  collector pauses per 1,000 deliveries: ${[...gcByProcess].map(([name, rounds]) => `${name} ${median(rounds.map(({ ms }) => ms))} ms (over 10 ms: ${rounds.reduce((sum, { over10 }) => sum + over10, 0)} in all)`).join(', ')}`,
  );
  await Promise.all(fleets.map((fleet) => fleet.ask({ type: 'close' })));
}
