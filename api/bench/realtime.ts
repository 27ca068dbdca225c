// Real time against its floor (issue 13): `inboxEvents` with the web inbox's own document, delivered to N sockets
// by the product, beside a bare `ws` server (raw-broadcast.ts) sending a frame of the same size to as many sockets
// at the same rate, in interleaved rounds. Both servers are their own processes; this one only loads them.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import pg from 'pg';
import WebSocket from 'ws';
import { InboxEventsDocument } from '../../web/src/generated/graphql.ts';
import { newToken, tokenHash } from '../src/auth/tokens.ts';
import { rootDir } from '../src/config.ts';
import { findFreePort } from '../src/temporal/dev-server.ts';
import { cleanups, gql, login, startProduct } from './harness.ts';
import { percentile, sleep } from './stats.ts';

type Options = { sockets: number; rates: number[]; seconds: number; rounds: number; sessions: number; targets: TargetName[] };

/**
 * What the sockets connect to: `product`, one api node (the write goes to it too); `two nodes`, a second api node
 * (the write to the first, the event crossing Redis); `gateway`, the gateway in front of the first node (the web's
 * document, the inbox's alone, passes through it on trunks); `gateway executing`, the same with Hive Gateway executing
 * it per subscriber (GATEWAY_PASSTHROUGH=0, as for a federated selection); `raw`, the floor; `raw relay`, the floor
 * through a bare relay (the floor of any hop).
 */
export type TargetName = 'product' | 'two nodes' | 'gateway' | 'gateway executing' | 'raw' | 'raw relay';

// The marker each message carries in its text (the product) or frame (raw): `rt~<index>~`.
const marker = Buffer.from('rt~');
const probeIndex = 999_999_999;

/** A server under load: how its sockets sign in and subscribe, how a message is sent, how its heap is read. */
type Target = {
  name: TargetName;
  /** Where socket i connects: `urls[i % urls.length]`. */
  urls: string[];
  /** After the socket opens; resolves the ack (product: connection_ack; raw: nothing to wait for). */
  greet(socket: WebSocket, index: number): 'ack' | 'open';
  send(index: number): Promise<void>;
  heap(): Promise<{ heapUsed: number; rss: number }>;
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

/** The sockets of one round: each delivery's latency by message index, and when each socket first heard anything. */
class Fleet {
  sockets: WebSocket[] = [];
  sentAt = new Float64Array(0);
  deliveries = { index: new Uint32Array(0), latency: new Float32Array(0), count: 0, last: 0 };
  heard = new Uint8Array(0);
  heardCount = 0;
  acked: number[] = [];
  /** Sockets the server closed, by close code. */
  closed: Record<number, number> = {};
  frameLength = 0;

  expect(messages: number) {
    this.sentAt = new Float64Array(messages).fill(NaN);
    const room = messages * this.sockets.length;
    this.deliveries = { index: new Uint32Array(room), latency: new Float32Array(room), count: 0, last: 0 };
  }

  onFrame(socketIndex: number, data: Buffer) {
    const at = data.indexOf(marker);
    if (at < 0) return false;
    let index = 0;
    for (let i = at + marker.length; data[i]! >= 48 && data[i]! <= 57; i++) index = index * 10 + data[i]! - 48;
    if (!this.heard[socketIndex]) {
      this.heard[socketIndex] = 1;
      this.heardCount++;
    }
    if (index === probeIndex) return true;
    this.frameLength ||= data.length;
    const sent = this.sentAt[index];
    const d = this.deliveries;
    if (sent === undefined || Number.isNaN(sent) || d.count >= d.index.length) return true;
    const now = performance.now();
    d.index[d.count] = index;
    d.latency[d.count++] = now - sent;
    d.last = now;
    return true;
  }

  /** Opens `count` sockets, at most 500 handshakes in flight; the time of each acknowledgement. */
  async connect(target: Target, count: number) {
    this.heard = new Uint8Array(count);
    const started = performance.now();
    let next = 0;
    const one = async () => {
      for (let i = next++; i < count; i = next++) {
        await new Promise<void>((resolve) => {
          const socket = new WebSocket(target.urls[i % target.urls.length]!, 'graphql-transport-ws', { perMessageDeflate: false });
          this.sockets[i] = socket;
          // A socket refused or closed (before or after its acknowledgement) is counted by its close code; the round
          // goes on with the others (`live` says how many heard the probe).
          socket.on('error', () => {});
          socket.on('close', (code) => {
            this.closed[code] = (this.closed[code] ?? 0) + 1;
            resolve();
          });
          socket.on('message', (data: Buffer) => {
            if (this.onFrame(i, data)) return;
            if (data.includes('connection_ack')) {
              this.acked.push(performance.now() - started);
              target.greet(socket, i);
              resolve();
            } else if (data.includes('"error"')) console.error(`${target.name}: ${data.toString().slice(0, 300)}`);
          });
          socket.on('open', () => {
            if (target.greet(socket, i) === 'open') {
              this.acked.push(performance.now() - started);
              resolve();
            }
          });
        });
      }
    };
    await Promise.all(Array.from({ length: 500 }, one));
    this.acked.sort((a, b) => a - b);
    // Ready once every socket got a probe: the subscriptions are live, not only the connections (or a minute on:
    // then the rates are measured on those that are, and `live` says how many).
    const deadline = performance.now() + 60_000;
    while (this.heardCount < count && performance.now() < deadline) {
      await target.send(probeIndex);
      await sleep(200);
    }
    return { acked: this.acked.at(-1)!, acked5000: this.acked[Math.min(5000, count) - 1]!, ready: performance.now() - started, live: this.heardCount };
  }

  async close() {
    for (const socket of this.sockets) {
      socket.removeAllListeners('close');
      socket.terminate();
    }
    this.sockets = [];
    await sleep(2000);
  }
}

/** One rate for `seconds`, open loop, then until every delivery arrived (or 15 s more). */
async function measureRate(fleet: Fleet, target: Target, rate: number, seconds: number) {
  const total = rate * seconds;
  fleet.expect(total);
  const expected = total * fleet.sockets.length;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    fleet.sentAt[i] = performance.now();
    void target.send(i).catch((error: unknown) => console.error(`${target.name} send failed`, error));
  }
  const sendEnded = performance.now();
  while (fleet.deliveries.count < expected && performance.now() - sendEnded < 15_000) await sleep(100);
  const { index, latency, count, last } = fleet.deliveries;
  const all = Array.from(latency.subarray(0, count)).sort((a, b) => a - b);
  // Lag growth: the median latency of the last fifth of the messages against that of the first fifth.
  const fifth = Math.max(1, Math.floor(total / 5));
  const median = (keep: (i: number) => boolean) => {
    const part: number[] = [];
    for (let k = 0; k < count; k++) if (keep(index[k]!)) part.push(latency[k]!);
    return percentile(part.sort((a, b) => a - b), 50);
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(all, 50)),
    p99: round(percentile(all, 99)),
    lagGrowth: round(median((i) => i >= total - fifth) - median((i) => i < fifth)),
    perSecond: Math.round(count / ((last - started) / 1000)),
    delivered: count,
    expected,
  };
}

/**
 * A session for each socket, as when every socket is an operator's own browser: tokens of the demo project's
 * operators in turn, written straight into the database (signing in thousands of times would measure scrypt).
 */
async function signedIn(databaseUrl: string, count: number) {
  const tokens = Array.from({ length: count }, () => newToken('ses'));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `with operators as (select id, project_id, row_number() over (order by email) - 1 as n, count(*) over () as of
                            from operator where deactivated_at is null and project_id = (select project_id from operator where email = 'anna@demo.test'))
       insert into auth_token (id, project_id, operator_id, kind, token_hash, created_at)
       select gen_random_uuid(), o.project_id, o.id, 'SESSION', t.hash, now()
         from unnest($1::text[]) with ordinality t(hash, i) join operators o on o.n = (t.i - 1) % o.of`,
      [tokens.map(tokenHash)],
    );
  } finally {
    await db.end();
  }
  return tokens.map((token) => `Bearer ${token}`);
}

/** A process preloaded with heap-probe.ts (its heap read on SIGUSR2): its node flags and environment. */
function probed() {
  const heapFile = join(tmpdir(), `bench-heap-${randomBytes(4).toString('hex')}.json`);
  cleanups.push(() => rm(heapFile, { force: true }));
  return { heapFile, nodeArgs: ['--expose-gc', '--import', `${rootDir}api/bench/heap-probe.ts`], env: { BENCH_HEAP_FILE: heapFile } };
}

/** The product's targets of `options.targets`: the sockets' addresses differ, the write always goes to the first node. */
async function productTargets(options: Options): Promise<Target[]> {
  const first = probed();
  // Several nodes share events through Redis; one node alone uses it too then, so that (a) and (b) differ by the node only.
  const redis: Record<string, string> = options.targets.some((name) => name !== 'product' && !name.startsWith('raw')) ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } : {};
  if (redis.REDIS_URL) console.log(`  pub/sub: Redis at ${redis.REDIS_URL}`);
  // The gateway's trunks to the product (gateway/inbox-trunk.ts) are opened with this run's secret.
  const trunkSecret = randomBytes(16).toString('hex');
  const product = await startProduct(
    { clients: 200 },
    {
      // BENCH_PRODUCT_NODE_ARGS: more flags for the product's node (`--cpu-prof --cpu-prof-dir=…` to see where its time goes).
      nodeArgs: [...first.nodeArgs, ...(process.env.BENCH_PRODUCT_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
      env: { ...first.env, ...redis, GATEWAY_TRUNK_SECRET: trunkSecret },
    },
  );
  const sessions = options.sessions > 0 ? await Promise.all(Array.from({ length: options.sessions }, () => login(product.base))) : await signedIn(product.databaseUrl, options.sockets);
  const visitors: string[] = [];
  for (let i = 0; i < 20; i++) {
    const start = await gql(product.base, 'mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    visitors.push(`Visitor ${start.widgetStart.session.visitorToken}`);
    // First messages open conversations (and distribute them) before the measured ones.
    await gql(product.base, 'mutation { widgetSend(input: { text: "hello", idempotencyKey: "hello" }) { userErrors { code } } }', {}, visitors[i]);
  }
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(InboxEventsDocument), operationName: 'InboxEvents' } });
  let sent = 0;
  const at = (name: TargetName, bases: string[], heap: Target['heap']): Target => ({
    name,
    urls: bases.map((base) => `${base.replace('http', 'ws')}/graphql`),
    greet(socket, i) {
      if (socket.readyState !== WebSocket.OPEN) return 'ack';
      // Called on open (sign in) and again on the acknowledgement (subscribe).
      if ((socket as WebSocket & { greeted?: boolean }).greeted) socket.send(subscribe);
      else socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: sessions[i % sessions.length] } }));
      (socket as WebSocket & { greeted?: boolean }).greeted = true;
      return 'ack';
    },
    async send(index) {
      const text = `rt~${index}~ ${randomBytes(3).toString('hex')}`;
      await gql(product.base, 'mutation($t: String!, $k: String!) { widgetSend(input: { text: $t, idempotencyKey: $k }) { userErrors { code } } }', { t: text, k: text }, visitors[sent++ % visitors.length]);
    },
    heap,
  });
  const targets: Target[] = [];
  if (options.targets.includes('product')) targets.push(at('product', [product.base], heapReader(product.pid, first.heapFile)));
  if (options.targets.includes('two nodes')) {
    const second = probed();
    const node = await product.another(second.nodeArgs, { ...second.env, ...redis, GATEWAY_TRUNK_SECRET: trunkSecret });
    targets.push(at('two nodes', [node.base], heapReader(node.pid, second.heapFile)));
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
    const gateways = await Promise.all(Array.from({ length: count }, () => startGatewayProcess(`${product.base}/graphql`, gatewayEnv)));
    const heaps = gateways.map((gateway) => heapReader(gateway.pid, gateway.heapFile));
    const heap = async () => (await Promise.all(heaps.map((read) => read()))).reduce((sum, one) => ({ heapUsed: sum.heapUsed + one.heapUsed, rss: sum.rss + one.rss }), { heapUsed: 0, rss: 0 });
    targets.push(at(name, gateways.map((gateway) => gateway.base), heap));
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
  return { port, heap: heapReader(() => server.pid!, heapFile) };
}

/** `raw`: a bare broadcast; `raw relay`: the same through a bare relay (the floor of a gateway's hop). */
async function rawTarget(name: 'raw' | 'raw relay', frameLength: () => number) {
  const broadcast = await rawProcess('raw-broadcast.ts');
  const relay = name === 'raw relay' ? await rawProcess('raw-relay.ts', { UPSTREAM: `ws://127.0.0.1:${broadcast.port}/graphql` }) : null;
  const target: Target = {
    name,
    urls: [`ws://127.0.0.1:${(relay ?? broadcast).port}/graphql`],
    greet: () => 'open',
    async send(index) {
      // A `next` message as long as the product's frame, carrying the same marker.
      const head = `{"id":"1","type":"next","payload":{"data":{"inboxEvents":{"text":"rt~${index}~ `;
      const tail = '"}}}}';
      const frame = head + 'x'.repeat(Math.max(0, frameLength() - head.length - tail.length)) + tail;
      await fetch(`http://127.0.0.1:${broadcast.port}/broadcast`, { method: 'POST', body: frame }).then((response) => response.text());
    },
    heap: (relay ?? broadcast).heap,
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

async function round(target: Target, options: Options, onFrameLength: (n: number) => void): Promise<RoundResult> {
  const fleet = new Fleet();
  const before = await target.heap();
  const connect = await fleet.connect(target, options.sockets);
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
        ? `; adds to ${base === 'raw' ? 'raw' : 'one node'}: p50 ${(of(name, (r) => r.rates[rate]!.p50) - of(base, (r) => r.rates[rate]!.p50)).toFixed(1)} ms, p99 ${(of(name, (r) => r.rates[rate]!.p99) - of(base, (r) => r.rates[rate]!.p99)).toFixed(1)} ms`
        : '';
      console.log(
        `  ${rate} messages/s to ${options.sockets}: p50 ${at((s) => s.p50)} ms; p99 ${at((s) => s.p99)} ms; lag growth (last fifth's p50 − first fifth's) ${at((s) => s.lagGrowth, false)} ms; deliveries/s ${at((s) => s.perSecond)}; delivered ${at((s) => s.delivered / s.expected, false)}${added}`,
      );
    }
  }
}
