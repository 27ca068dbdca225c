// Messenger channels: inbound webhooks (Telegram and WhatsApp shapes) fired at `/hooks/<channel id>` at a fixed
// open-loop rate, beside the floor of the machine (a bare node:http server doing one insert per request into a
// table of the same shape), and outbound replies through the delivery workflow to the Telegram Bot API emulator.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startFakeTelegram, type FakeTelegram } from '../src/channels/drivers/telegram/testing/fake-telegram.ts';
import { FakeWhatsApp } from '../src/channels/drivers/whatsapp/testing/fake-whatsapp.ts';
import { newId } from '../src/db/ids.ts';
import { idOf, toGlobalId } from '../src/graphql/global-id.ts';
import { cleanups, gql, login, startProduct } from './harness.ts';
import { cpuSeconds, sleep, summarize } from './stats.ts';

export type ChannelsBenchOptions = {
  /** Webhooks offered per second, and for how long, per round. */
  rate: number;
  seconds: number;
  /** Rounds of each (product, floor, product, floor…). */
  rounds: number;
  /** Share of calls that repeat an earlier one byte for byte (a platform delivering again). */
  repeats: number;
  /** Distinct senders per platform. */
  senders: number;
  /** Outbound replies, to one bot and then spread over `bots` bots. */
  outbound: number;
  bots: number;
};

type Shot = { platform: 'telegram' | 'whatsapp'; key: string; body: Buffer; headers: Record<string, string> };
type Fired = {
  offered: number;
  acked: number;
  ackedRate: number;
  /** From the first scheduled call to the last acknowledgement. */
  ackedS: number;
  latencies: number[];
  byPlatform: Record<Shot['platform'], number[]>;
  non2xx: number;
  errors: number;
  distinct: number;
  stored: number;
};
type Row = { label: string; fired: Fired; drainS: number | null; messagesPerS: number | null; waits: string; cpu: Cpu };
type Cpu = { seconds: number; server: number | null; postgres: number; generator: number };

const connect = 'mutation($input: CreateChannelInput!) { createChannel(input: $input) { channel { id } userErrors { reason message } } }';
const botToken = (n: number) => `${900_000 + n}:AAFakeBenchToken_${String(n).padStart(4, '0')}_abcdefghij`;

export async function channelsBench(options: ChannelsBenchOptions) {
  console.log(`\n== Channels: ${options.rate} webhooks/s for ${options.seconds} s, ${options.rounds} rounds each against the product and the floor; ${options.outbound} replies to Telegram ==`);
  const telegram = await startFakeTelegram(Object.fromEntries(Array.from({ length: options.bots + 1 }, (_, n) => [botToken(n), { id: 900_000 + n, username: `bench${n}_bot`, first_name: `Bench ${n}` }])));
  cleanups.push(telegram.stop);
  const whatsapp = new FakeWhatsApp();
  await whatsapp.start();
  cleanups.push(() => whatsapp.stop());
  // Webhook mode needs PUBLIC_URL, fixed before the product's port is known: the platforms are played by this
  // process, which calls `<base>/hooks/<id>` itself (the emulator's webhook is pointed there below).
  const { base, stop, databaseUrl, temporalAddress } = await startProduct(
    { clients: 10 },
    { env: { PUBLIC_URL: 'http://127.0.0.1:9', TELEGRAM_API_ROOT: telegram.root, WHATSAPP_API_ROOT: whatsapp.apiRoot, CHANNEL_SECRETS_KEY: 'bench-channel-secrets-key-0123456789' } },
  );
  console.log(`  Temporal: ${process.env.TEMPORAL_ADDRESS ? 'TEMPORAL_ADDRESS' : 'a dev server started for the run'} (${temporalAddress}); the product, the floor and this load generator are three processes on this machine`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let floor: ChildProcess | undefined;
  try {
    const owner = await login(base, 'owner@demo.test', 'demo-owner');
    whatsapp.publicOrigin = base;
    const tg = await createChannel(base, owner, 'TELEGRAM', [{ name: 'token', value: botToken(0) }]);
    const tgSecret = telegram.webhook.secret!;
    const wa = await createChannel(base, owner, 'WHATSAPP', [
      { name: 'phoneNumberId', value: whatsapp.phoneNumberId },
      { name: 'businessAccountId', value: whatsapp.businessAccountId },
      { name: 'accessToken', value: whatsapp.token },
      { name: 'appSecret', value: whatsapp.appSecret },
    ]);
    // One update through the emulator itself first: the webhook it was given, the secret it echoes, stored and processed.
    telegram.webhook.url = `${base}${new URL(telegram.webhook.url!).pathname}`;
    const check = await telegram.userSends({ id: 1, first_name: 'Check' }, { text: 'hello' });
    if (check.status !== 200) throw new Error(`the emulator's webhook call was answered ${check.status}`);
    await drained(db);

    const { rows: [project] } = await db.query<{ projectId: string }>('select project_id as "projectId" from channel where id = $1', [tg]);
    await db.query(`create table inbound_event_floor (like inbound_event including all);
      alter table inbound_event_floor add foreign key (project_id) references project (id), add foreign key (channel_id) references channel (id) on delete cascade`);
    const floorServer = await startFloor(databaseUrl, project!.projectId);
    floor = floorServer.child;
    const productPid = pidOf(databaseUrl);

    const targets = {
      product: { base, table: 'inbound_event' },
      floor: { base: floorServer.base, table: 'inbound_event_floor' },
    };
    const shapes = new Shapes({ tg, tgSecret, wa, whatsapp, senders: options.senders });
    // Both servers warmed up first (their code compiled, their pools and the agent's sockets opened), not counted.
    for (const target of ['product', 'floor'] as const) await fire(targets[target].base, shapes.round(Math.min(2000, options.rate), 0), options.rate / 2);
    await drained(db);
    const rows: Row[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const shots = shapes.round(Math.round(options.rate * options.seconds), options.repeats);
      for (const target of ['product', 'floor'] as const) {
        const before = await count(db, targets[target].table);
        const messagesBefore = await inboundMessages(db);
        const startedAt = performance.now();
        const watch = sessions(db);
        const cpu = await cpuMeter(db, { product: productPid, floor: floorServer.child.pid ?? null });
        const fired = await fire(targets[target].base, shots, options.rate);
        const waits = await watch.stop();
        fired.stored = (await count(db, targets[target].table)) - before;
        let drainS: number | null = null;
        let messagesPerS: number | null = null;
        if (target === 'product') {
          await drained(db);
          drainS = (performance.now() - startedAt) / 1000;
          messagesPerS = ((await inboundMessages(db)) - messagesBefore) / drainS;
        }
        // Until the events are processed too: what a webhook costs in all.
        const used = await cpu.stop(target);
        rows.push({ label: `${target} ${round}`, fired, drainS, messagesPerS, waits, cpu: used });
        console.log(line(rows.at(-1)!));
      }
    }
    const failedEvents = (await db.query<{ n: number }>('select count(*)::int as n from inbound_event where error is not null')).rows[0]!.n;
    printInbound(rows, options, failedEvents);

    if (options.outbound > 0) await outboundBench(base, owner, db, telegram, tg, shapes, options);
  } finally {
    floor?.kill('SIGTERM');
    await db.end();
    await stop();
  }
}

async function createChannel(base: string, owner: string, kind: string, fields: { name: string; value: string }[]) {
  const data = await gql(base, connect, { input: { kind, fields } }, owner);
  if (data.createChannel.userErrors.length) throw new Error(JSON.stringify(data.createChannel.userErrors));
  return idOf('Channel', data.createChannel.channel.id)!;
}

const count = async (db: pg.Client, table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
const inboundMessages = async (db: pg.Client) => (await db.query<{ n: number }>(`select count(*)::int as n from message where direction = 'INBOUND'`)).rows[0]!.n;

/** Waits until every stored event is processed (or set aside): what processing owes. */
async function drained(db: pg.Client) {
  const started = performance.now();
  while ((await db.query<{ n: number }>('select count(*)::int as n from inbound_event where processed_at is null')).rows[0]!.n > 0) {
    if (performance.now() - started > 10 * 60_000) throw new Error('inbound events still unprocessed after 10 minutes');
    await sleep(100);
  }
}

/**
 * What the database's sessions do while a round runs, sampled every 100 ms: how many are busy, and on what they
 * wait most (Client/ClientRead is a session idle in a transaction; CPU is a running one).
 */
function sessions(db: pg.Client) {
  const tally = new Map<string, number>();
  let samples = 0;
  let busy = 0;
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      const { rows } = await db.query<{ wait: string }>(
        `select coalesce(wait_event_type || '/' || wait_event, 'CPU') as wait from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and state not in ('idle')`,
      );
      samples++;
      busy += rows.length;
      for (const row of rows) tally.set(row.wait, (tally.get(row.wait) ?? 0) + 1);
    });
  }, 100);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      const top = [...tally].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([wait, n]) => `${wait} ${((n / Math.max(1, busy)) * 100).toFixed(0)}%`);
      return `${(busy / Math.max(1, samples)).toFixed(1)} busy sessions: ${top.join(', ')}`;
    },
  };
}

/** The product's process (harness.ts does not hand it out): the `api/src/main.ts` whose DATABASE_URL is this run's. */
function pidOf(databaseUrl: string): number | null {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('api/src/main.ts')) continue;
        if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATABASE_URL=${databaseUrl}`)) return Number(entry);
      } catch {
        // Gone meanwhile, or not ours to read.
      }
    }
  } catch {
    // No /proc here.
  }
  return null;
}

/** CPU used by the product, the floor, this database's PostgreSQL backends and this load generator between start and stop. */
async function cpuMeter(db: pg.Client, pids: { product: number | null; floor: number | null }) {
  const backends = async () => (await db.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')).rows.map((row) => row.pid);
  const sample = async () => ({
    product: cpuSeconds(pids.product),
    floor: cpuSeconds(pids.floor),
    postgres: new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)])),
    generator: process.cpuUsage(),
    at: performance.now(),
  });
  const before = await sample();
  return {
    async stop(target: 'product' | 'floor'): Promise<Cpu> {
      const after = await sample();
      let postgres = 0;
      for (const [pid, used] of after.postgres) postgres += (used ?? 0) - (before.postgres.get(pid) ?? 0);
      const server = before[target] === null || after[target] === null ? null : after[target]! - before[target]!;
      const generator = (after.generator.user + after.generator.system - before.generator.user - before.generator.system) / 1e6;
      return { seconds: (after.at - before.at) / 1000, server, postgres, generator };
    },
  };
}

/** Distinct updates in both platforms' shapes, signed as each platform signs them; some repeated byte for byte. */
class Shapes {
  private next = 0;
  private readonly channels: { tg: string; tgSecret: string; wa: string; whatsapp: FakeWhatsApp; senders: number };
  constructor(channels: Shapes['channels']) {
    this.channels = channels;
  }

  round(n: number, repeats: number): Shot[] {
    const shots: Shot[] = [];
    for (let i = 0; i < n; i++) {
      // A repeat comes a little after the call it repeats, as a platform retrying does.
      if (shots.length > 10 && Math.random() < repeats) shots.push(shots[shots.length - 1 - Math.floor(Math.random() * Math.min(200, shots.length))]!);
      else shots.push(this.next % 2 ? this.whatsapp() : this.telegram());
    }
    return shots;
  }

  /** Any of the many senders, each writing now and then. */
  private sender = () => Math.floor(Math.random() * this.channels.senders);

  telegram(sender = this.sender()): Shot {
    const n = this.next++;
    const id = 7_000_000 + sender;
    const update = {
      update_id: 100_000_000 + n,
      message: { message_id: 1_000_000 + n, date: Math.floor(Date.now() / 1000), from: { id, is_bot: false, first_name: 'Bench', last_name: `User ${sender}`, language_code: 'en' }, chat: { id, type: 'private', first_name: 'Bench' }, text: `bench inbound ${n}: where is my order?` },
    };
    return { platform: 'telegram', key: `tg:${update.update_id}`, body: Buffer.from(JSON.stringify(update)), headers: { 'x-telegram-bot-api-secret-token': this.channels.tgSecret, path: `/hooks/${this.channels.tg}` } };
  }

  whatsapp(sender = this.sender()): Shot {
    const n = this.next++;
    const from = `4477009${String(sender).padStart(5, '0')}`;
    const id = `wamid.BENCH${String(n).padStart(10, '0')}`;
    const payload = this.channels.whatsapp.notification({
      contacts: [{ profile: { name: `Bench ${sender}` }, wa_id: from }],
      messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: `bench inbound ${n}: is it in stock?` } }],
    });
    const body = Buffer.from(JSON.stringify(payload));
    const signature = `sha256=${createHmac('sha256', this.channels.whatsapp.appSecret).update(body).digest('hex')}`;
    return { platform: 'whatsapp', key: `wa:${id}`, body, headers: { 'x-hub-signature-256': signature, path: `/hooks/${this.channels.wa}` } };
  }
}

/**
 * Open loop: call `i` is sent at start + i/rate whatever became of the earlier ones, and its latency counts from
 * that scheduled time (a slow answer does not slow the offered load, nor hide the wait behind it).
 */
async function fire(base: string, shots: Shot[], rate: number): Promise<Fired> {
  const { hostname, port } = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  const byPlatform: Fired['byPlatform'] = { telegram: [], whatsapp: [] };
  let non2xx = 0;
  let errors = 0;
  let lastAck = 0;
  const start = performance.now() + 20;
  await new Promise<void>((resolve) => {
    let sent = 0;
    let done = 0;
    const finished = () => ++done === shots.length && resolve();
    const send = (i: number) => {
      const { path, ...headers } = shots[i]!.headers;
      const scheduled = start + (i * 1000) / rate;
      const request = http.request({ agent, hostname, port, path, method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': shots[i]!.body.length } }, (response) => {
        response.resume();
        response.on('end', () => {
          const now = performance.now();
          if (response.statusCode! >= 200 && response.statusCode! < 300) {
            latencies.push(now - scheduled);
            byPlatform[shots[i]!.platform].push(now - scheduled);
            lastAck = now;
          } else non2xx++;
          finished();
        });
      });
      request.setTimeout(60_000, () => request.destroy(new Error('timed out')));
      request.on('error', () => (errors++, finished()));
      request.end(shots[i]!.body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < shots.length && start + (sent * 1000) / rate <= now) send(sent++);
      if (sent < shots.length) setTimeout(tick, 1);
    };
    setTimeout(tick, 20);
  });
  agent.destroy();
  const distinct = new Set(shots.map((shot) => shot.key)).size;
  const ackedS = Math.max(0, lastAck - start) / 1000;
  return { offered: rate, acked: latencies.length, ackedRate: ackedS ? latencies.length / ackedS : 0, ackedS, latencies, byPlatform, non2xx, errors, distinct, stored: 0 };
}

/** The floor: node:http, read the body, one insert (on conflict do nothing), answer; in its own process like the product. */
async function startFloor(databaseUrl: string, projectId: string) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_CHANNELS_FLOOR: JSON.stringify({ databaseUrl, projectId }) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(async () => void child.kill('SIGTERM'));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
  });
  return { child, base: `http://127.0.0.1:${(JSON.parse(first) as { port: number }).port}` };
}

async function serveFloor({ databaseUrl, projectId }: { databaseUrl: string; projectId: string }) {
  // The product's pool holds 10 connections too (db/orm.ts).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const channelId = (req.url ?? '').slice('/hooks/'.length);
      pool
        .query(
          `insert into inbound_event_floor (id, project_id, channel_id, key, event, received_at) values ($1, $2, $3, $4, $5::jsonb, clock_timestamp()) on conflict (channel_id, key) do nothing`,
          [newId(), projectId, channelId, createHash('sha1').update(body).digest('hex'), body.toString('utf8')],
        )
        .then(
          () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
          (error: unknown) => res.writeHead(500).end(String(error)),
        );
    });
  });
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: (server.address() as { port: number }).port })));
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end();
  });
}

const ms = (n: number) => n.toFixed(1).padStart(7);
function line(row: Row) {
  const { fired } = row;
  const s = summarize(fired.latencies);
  return `  ${row.label.padEnd(10)} ${String(fired.offered).padStart(7)} ${fired.ackedRate.toFixed(0).padStart(8)} ${ms(s.p50)} ${ms(s.p99)} ${ms(s.max)} ${String(fired.non2xx + fired.errors).padStart(7)} ${`${fired.stored}/${fired.distinct}`.padStart(13)} ${row.drainS === null ? '      –' : row.drainS.toFixed(1).padStart(7)} ${row.messagesPerS === null ? '      –' : row.messagesPerS.toFixed(0).padStart(7)}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function printInbound(rows: Row[], options: ChannelsBenchOptions, failedEvents: number) {
  console.log(`\ninbound webhooks, ${options.rate}/s offered for ${options.seconds} s per round, half Telegram half WhatsApp, ${options.senders} senders each, ~${(options.repeats * 100).toFixed(0)}% repeats:`);
  console.log('  target      offered  acked/s  p50 ms  p99 ms  max ms  failed  stored/keys  drain s  msgs/s');
  for (const row of rows) console.log(line(row));
  console.log('  database sessions during each round (sampled every 100 ms):');
  for (const row of rows) console.log(`    ${row.label.padEnd(10)} ${row.waits}`);
  console.log('  CPU used from each round\'s first call until it was acknowledged and (product) processed: % of one core (2 here, shared), and ms per stored event:');
  for (const row of rows) {
    const { seconds, server, postgres, generator } = row.cpu;
    const share = (used: number) => `${((used / seconds) * 100).toFixed(0)}%`.padStart(4);
    const per = (used: number) => `${((used / row.fired.stored) * 1000).toFixed(2)} ms`;
    console.log(
      `    ${row.label.padEnd(10)} server ${server === null ? '–' : `${share(server)} (${per(server)})`}, PostgreSQL backends ${share(postgres)} (${per(postgres)}), load generator ${share(generator)}`,
    );
  }
  const of = (target: string) => rows.filter((row) => row.label.startsWith(target));
  const summary = (target: string) => {
    const picked = of(target);
    const stats = picked.map((row) => summarize(row.fired.latencies));
    return {
      acked: median(picked.map((row) => row.fired.ackedRate)),
      p50: median(stats.map((s) => s.p50)),
      p99: median(stats.map((s) => s.p99)),
      max: median(stats.map((s) => s.max)),
      failed: picked.reduce((sum, row) => sum + row.fired.non2xx + row.fired.errors, 0),
      exact: picked.every((row) => row.fired.stored === row.fired.distinct),
      telegramP99: median(picked.map((row) => summarize(row.fired.byPlatform.telegram).p99)),
      whatsappP99: median(picked.map((row) => summarize(row.fired.byPlatform.whatsapp).p99)),
    };
  };
  const product = summary('product');
  const floor = summary('floor');
  for (const [name, s] of [['product', product], ['floor', floor]] as const) {
    console.log(`  median ${name.padEnd(7)}: ${s.acked.toFixed(0)} acked/s, ack p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms (Telegram ${s.telegramP99.toFixed(1)}, WhatsApp ${s.whatsappP99.toFixed(1)}), max ${s.max.toFixed(1)} ms; ${s.failed} failed calls; rows stored ${s.exact ? '=' : '≠'} distinct keys in every round`);
  }
  const drains = of('product').map((row) => row.drainS!);
  const afterAck = of('product').map((row) => row.drainS! - row.fired.ackedS);
  const rates = of('product').map((row) => row.messagesPerS!);
  console.log(`  processing (events → messages), median: drained ${median(drains).toFixed(1)} s after each round's first call (${median(afterAck).toFixed(1)} s after its last acknowledgement), ${median(rates).toFixed(0)} messages/s; events set aside with an error: ${failedEvents}`);
  console.log(`  product / floor: p99 ${(product.p99 / floor.p99).toFixed(1)}×, p50 ${(product.p50 / floor.p50).toFixed(1)}×, acked rate ${(product.acked / floor.acked).toFixed(2)}×`);
  console.log(`  target (1,000/s, p99 < 50 ms): ${product.acked >= 0.99 * 1000 && options.rate >= 1000 && product.p99 < 50 ? 'met' : 'not met'}`);
}

/**
 * Replies from an operator through the API, the delivery workflow and the driver to the emulator: first all through
 * one bot (the driver keeps Telegram's pace: 30 messages/s per bot, 1/s per chat), then spread over several bots.
 */
async function outboundBench(base: string, owner: string, db: pg.Client, telegram: FakeTelegram, tg: string, shapes: Shapes, options: ChannelsBenchOptions) {
  console.log(`\noutbound: ${options.outbound} replies by one operator (8 requests at a time), through Temporal and the Telegram driver to the emulator;`);
  console.log('the driver paces each bot at 30 messages/s (1/s per chat), so the cap is 30/s × bots:');
  console.log('  bots  chats  requests s  SENT  not SENT  span s  sent/s  cap/s  created→SENT p50 ms  p99 ms   max ms  emulator got (twice)');
  await outboundRun(base, owner, db, telegram, 1, await conversations(db, [tg]), options.outbound);
  if (options.bots < 2) return;
  // More bots: each gets chats first (webhooks from their users), processed into conversations.
  const bots: string[] = [];
  const perBot = Math.ceil(options.outbound / options.bots / 2);
  const shots: Shot[] = [];
  for (let n = 1; n <= options.bots; n++) {
    const bot = await createChannel(base, owner, 'TELEGRAM', [{ name: 'token', value: botToken(n) }]);
    bots.push(bot);
    // The emulator keeps the secret of the last setWebhook only: this bot's, now.
    const secret = telegram.webhook.secret!;
    for (let chat = 0; chat < perBot; chat++) {
      const shot = shapes.telegram(100_000 * n + chat);
      shots.push({ ...shot, headers: { ...shot.headers, path: `/hooks/${bot}`, 'x-telegram-bot-api-secret-token': secret } });
    }
  }
  const fired = await fire(base, shots, 500);
  if (fired.acked !== shots.length) throw new Error(`${shots.length - fired.acked} of the new bots' webhooks were not acknowledged`);
  await drained(db);
  await outboundRun(base, owner, db, telegram, options.bots, await conversations(db, bots), options.outbound);
}

/** The channels' conversations, the channels taking turns (so that consecutive replies go through different bots). */
async function conversations(db: pg.Client, channels: string[]) {
  const { rows } = await db.query<{ id: string }>(
    `select c.id from conversation c join client_channel cc on cc.id = c.client_channel_id where cc.channel_id = any($1::uuid[])
      order by row_number() over (partition by cc.channel_id order by c.id), cc.channel_id`,
    [channels],
  );
  return rows.map((row) => toGlobalId('Conversation', row.id));
}

async function outboundRun(base: string, owner: string, db: pg.Client, telegram: FakeTelegram, bots: number, targets: string[], n: number) {
  // Round-robin over the chats (and so over the bots): a chat gets its next reply long after its last.
  const prefix = `bench out ${bots} `;
  const sentBefore = telegram.sent.length;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < n; i = next++) {
        const data = await gql(base, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } userErrors { message } } }', {
          i: { conversationId: targets[i % targets.length], text: `${prefix}${i}`, idempotencyKey: `${prefix}${i}` },
        }, owner);
        if (data.sendMessage.userErrors.length) throw new Error(JSON.stringify(data.sendMessage.userErrors));
      }
    }),
  );
  const requestsS = (performance.now() - started) / 1000;
  for (;;) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from message where text like $1 and status = 'QUEUED'`, [`${prefix}%`]);
    if (rows[0]!.n === 0) break;
    if (performance.now() - started > 15 * 60_000) throw new Error('replies still QUEUED after 15 minutes');
    await sleep(200);
  }
  const { rows } = await db.query<{ ms: number; status: string; created: number; sent: number }>(
    `select extract(epoch from (sent_at - created_at)) * 1000 as ms, status, extract(epoch from created_at) as created, extract(epoch from sent_at) as sent from message where text like $1`,
    [`${prefix}%`],
  );
  const sent = rows.filter((row) => row.status === 'SENT');
  const span = Math.max(...sent.map((row) => Number(row.sent))) - Math.min(...rows.map((row) => Number(row.created)));
  const chats = Math.min(n, new Set(targets).size);
  const delivered = telegram.sent.slice(sentBefore).filter((message) => message.text?.startsWith(prefix));
  const copies = delivered.length - new Set(delivered.map((message) => message.text)).size;
  const latency = summarize(sent.map((row) => Number(row.ms)));
  const cells = [
    [bots, 6], [chats, 6], [requestsS.toFixed(1), 11], [sent.length, 5], [rows.length - sent.length, 9], [span.toFixed(1), 7], [(sent.length / span).toFixed(1), 7],
    [30 * bots, 6], [latency.p50.toFixed(0), 20], [latency.p99.toFixed(0), 7], [latency.max.toFixed(0), 8], [`${delivered.length} (${copies})`, 21],
  ] as const;
  console.log(cells.map(([value, width]) => String(value).padStart(width)).join(' '));
}

// Spawned by startFloor: this file run as a program is the floor server.
if (process.env.BENCH_CHANNELS_FLOOR && process.argv[1] === fileURLToPath(import.meta.url)) await serveFloor(JSON.parse(process.env.BENCH_CHANNELS_FLOOR));
