// Foundation figures (issue 2) on 10,000 clients: visitor message → operator subscription latency at a steady
// rate, visitors' messages back to back (closed loop), and the conversations first page latency and throughput beside a
// trivial query as a baseline.
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, login, probed, startProduct, timed } from './harness.ts';
import { gcPauses, sleep, summarize } from './stats.ts';

const firstPage = `{ conversations(first: 50) { edges { node { id unreadCount lastActivityAt client { name avatarUrl } channel { kind }
  lastMessage { text status createdAt } assignee { name } } } pageInfo { hasNextPage endCursor } } }`;

export async function foundationBench(options: { clients: number; rate: number; seconds: number }) {
  console.log(`\n== Foundation: ${options.clients} clients ==`);
  // The API preloaded with heap-probe.ts: its collector's pauses during the event phase are printed beside its tail.
  const { nodeArgs, env } = probed();
  const { base, stop, pid } = await startProduct({ clients: options.clients }, { nodeArgs, env });
  const operator = await login(base);

  const baseline = await timed(300, () => gql(base, '{ me { operator { id } } }', {}, operator));
  const page = await timed(300, () => gql(base, firstPage, {}, operator));
  let done = 0;
  const until = performance.now() + 5000;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (performance.now() < until) {
        await gql(base, firstPage, {}, operator);
        done++;
      }
    }),
  );

  const visitors: string[] = [];
  for (let i = 0; i < 50; i++) {
    const start = await gql(base, 'mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    visitors.push(`Visitor ${start.widgetStart.session.visitorToken}`);
  }
  // Visitors' messages back to back from 8 senders (closed loop): how many the API stores a second.
  const sendLatencies: number[] = [];
  let sent = 0;
  const sendUntil = performance.now() + 5000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, sender) => {
      while (performance.now() < sendUntil) {
        const key = `closed ${sender} ${sent++} ${randomBytes(3).toString('hex')}`;
        const started = performance.now();
        await gql(base, 'mutation($t: String!, $k: String!) { widgetSend(input: { text: $t, idempotencyKey: $k }) { userErrors { code } } }', { t: key, k: key }, visitors[(sender + sent) % visitors.length]);
        sendLatencies.push(performance.now() - started);
      }
    }),
  );
  const closedLoop = sendLatencies.length / 5;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const socket = createClient({ url: `${base.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: operator } });
  socket.subscribe<{ inboxEvents: { message: { text: string } | null } }>(
    { query: 'subscription { inboxEvents { kind message { text } conversation { unreadCount } } }' },
    {
      next: ({ data }) => {
        const at = sentAt.get(data?.inboxEvents.message?.text ?? '');
        if (at) latencies.push(performance.now() - at);
      },
      error: (error) => console.error('subscription error', error),
      complete: () => {},
    },
  );
  await sleep(500);
  const pausesBefore = gcPauses(pid());
  const total = options.rate * options.seconds;
  const startedAt = performance.now();
  let failures = 0;
  const failureKinds = new Map<string, number>();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    // Open loop: each message leaves at its scheduled time, whatever the previous ones are doing.
    const wait = startedAt + (i * 1000) / options.rate - performance.now();
    if (wait > 1) await sleep(wait);
    const text = `bench message ${i} ${randomBytes(3).toString('hex')}`;
    sentAt.set(text, performance.now());
    sends.push(
      gql(base, 'mutation($t: String!, $k: String!) { widgetSend(input: { text: $t, idempotencyKey: $k }) { userErrors { code } } }', { t: text, k: text }, visitors[i % visitors.length]).catch(
        (error: unknown) => {
          failures++;
          const kind = String(error instanceof Error ? error.message : error).slice(0, 160);
          failureKinds.set(kind, (failureKinds.get(kind) ?? 0) + 1);
        },
      ),
    );
  }
  await Promise.all(sends);
  const achieved = total / ((performance.now() - startedAt) / 1000);
  for (let i = 0; i < 50 && latencies.length < total; i++) await sleep(100);
  await socket.dispose();
  const pauses = gcPauses(pid());
  await stop();

  const events = summarize(latencies);
  console.log('conversations(first: 50), sequential, ms:', page);
  console.log('baseline { me } query, sequential, ms:   ', baseline, `→ first page costs ${(page.p50 / baseline.p50).toFixed(2)}× the baseline at p50`);
  console.log(`conversations(first: 50) throughput, 8 concurrent: ${(done / 5).toFixed(0)} req/s`);
  console.log(`widgetSend closed loop, 8 senders: ${closedLoop.toFixed(0)} messages/s, ms:`, summarize(sendLatencies));
  if (failures) console.log('failed sends by error:', [...failureKinds]);
  console.log(`visitor message → operator inboxEvents at ${options.rate}/s for ${options.seconds} s (achieved ${achieved.toFixed(0)}/s, ${failures} failed sends), ms:`, events, `received ${latencies.length}/${total}`);
  // A major collection's incremental marking slows the API for a few hundred ms: one in the window sets the p99.
  if (pauses && pausesBefore)
    console.log(
      `the API's collector meanwhile: ${pauses.count - pausesBefore.count} pauses, ${Math.round(pauses.ms - pausesBefore.ms)} ms in all, ${pauses.over10 - pausesBefore.over10} over 10 ms; major collections: ${pauses.major - pausesBefore.major}`,
    );
  console.log(
    `Targets: first page p50 < 10 ms: ${page.p50 < 10 ? 'met' : 'NOT met'}; widgetSend closed loop ≥ 500/s: ${closedLoop >= 500 ? 'met' : 'NOT met'}; event p99 < 50 ms: ${events.p99 < 50 && latencies.length === total ? 'met' : 'NOT met'}`,
  );
}
