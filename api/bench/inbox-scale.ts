// The inbox at scale (issue 3): on 100,000 clients and 1,000,000 messages, the chat list's first page in every
// section and order, search, and inbox event latency with 1,000 operator subscriptions open at once.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { gql, login, startProduct, timed } from './harness.ts';
import { printSearchFigures, searchBench } from './search.ts';
import { sleep, summarize } from './stats.ts';
import type { EntityManager } from '@mikro-orm/postgresql';

const page = `query($f: ConversationFilter, $o: ConversationOrder) { conversations(first: 50, filter: $f, order: $o) {
  edges { node { id unreadCount lastActivityAt pinned client { name avatarUrl } channel { kind } lastMessage { text status createdAt } assignee { name } } }
  pageInfo { hasNextPage endCursor } } }`;

// Half the clients with Russian names get them in Cyrillic, as real Russian shops have them (searched as "Петров").
const cyrillic: [string, string][] = [
  ['Anna', 'Анна'], ['Boris', 'Борис'], ['Maria', 'Мария'], ['Ivan', 'Иван'], ['Olga', 'Ольга'], ['Dmitry', 'Дмитрий'], ['Elena', 'Елена'],
  ['Sergey', 'Сергей'], ['Natalia', 'Наталья'], ['Alexei', 'Алексей'], ['Ivanova', 'Иванова'], ['Petrov', 'Петров'], ['Smirnova', 'Смирнова'],
  ['Kuznetsov', 'Кузнецов'], ['Popova', 'Попова'], ['Sokolov', 'Соколов'], ['Lebedeva', 'Лебедева'], ['Novikov', 'Новиков'],
  ['Morozova', 'Морозова'], ['Volkov', 'Волков'],
];
const cyrillicNames = (em: EntityManager) =>
  em.getConnection().execute(
    `update client set name = ${cyrillic.reduce((sql) => `regexp_replace(${sql}, ?, ?)`, 'name')}
      where right(id::text, 1) < '8' and name ~ ?`,
    [...cyrillic.flatMap(([latin, russian]) => [`\\m${latin}\\M`, russian]), `^(${cyrillic.slice(0, 10).map(([latin]) => latin).join('|')}) `],
  );

type Options = { clients: number; messagesPerClient: number; subscribers: number; rate: number; seconds: number; searchSamples: number; searchOnly?: boolean };

/** `count` graphql-ws sockets (the bare protocol, to keep this side light), each subscribed to the inbox. */
async function subscribers(base: string, authorization: string, count: number, onText: (text: string) => void) {
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () =>
        new Promise<void>((resolve, reject) => {
          const socket = new WebSocket(`${base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
          sockets.push(socket);
          socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
          socket.on('error', reject);
          // Refused (a limit): fail the run rather than wait for an acknowledgement that never comes.
          socket.on('close', (code) => reject(new Error(`subscription socket closed with ${code} before its acknowledgement`)));
          socket.on('message', (raw: Buffer) => {
            const message = JSON.parse(raw.toString()) as { type: string; payload?: any };
            if (message.type === 'connection_ack') {
              socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { inboxEvents { kind message { text } conversation { id unreadCount } } }' } }));
              resolve();
            } else if (message.type === 'next') {
              const text = message.payload?.data?.inboxEvents?.message?.text;
              if (text) onText(text);
            }
          });
        }),
      ),
    );
  }
  return sockets;
}

export async function inboxScaleBench(options: Options) {
  console.log(`\n== Inbox at scale: ${options.clients} clients, ${options.clients * options.messagesPerClient} messages ==`);
  const { base, stop, databaseUrl } = await startProduct({ clients: options.clients, messagesPerClient: options.messagesPerClient }, { prepare: cyrillicNames });
  const operator = await login(base);
  const searches = await searchBench(base, databaseUrl, operator, options.searchSamples);
  const worstSearch = Math.max(...[...searches.values()].map((s) => s.product.p95));
  if (options.searchOnly) {
    await stop();
    printSearchFigures(searches);
    console.log(`Target: search p95 < 50 ms: ${worstSearch < 50 ? 'met' : 'NOT met'} (worst ${worstSearch})`);
    return;
  }

  const lists: Record<string, ReturnType<typeof summarize>> = {};
  for (const [name, variables] of [
    ['ALL', { f: { section: 'ALL' } }],
    ['UNREAD', { f: { section: 'UNREAD' } }],
    ['MINE', { f: { section: 'MINE' } }],
    ['UNASSIGNED', { f: { section: 'UNASSIGNED' } }],
    ['CLOSED', { f: { section: 'CLOSED' } }],
    ['ARCHIVED', { f: { section: 'ARCHIVED' } }],
    ['ALL oldest first', { f: { section: 'ALL' }, o: 'OLDEST_ACTIVITY_FIRST' }],
  ] as const) {
    lists[name] = await timed(100, () => gql(base, page, variables, operator));
  }

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const sockets = await subscribers(base, operator, options.subscribers, (text) => {
    const at = sentAt.get(text);
    if (at) latencies.push(performance.now() - at);
  });
  await sleep(1000);
  const visitors: string[] = [];
  for (let i = 0; i < 20; i++) {
    const start = await gql(base, 'mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    visitors.push(`Visitor ${start.widgetStart.session.visitorToken}`);
    // First messages open conversations (and distribute them) before the measured ones.
    await gql(base, 'mutation { widgetSend(input: { text: "hello", idempotencyKey: "hello" }) { userErrors { code } } }', {}, visitors[i]);
  }
  await sleep(1000);
  latencies.length = 0;
  const total = options.rate * options.seconds;
  const startedAt = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = startedAt + (i * 1000) / options.rate - performance.now();
    if (wait > 1) await sleep(wait);
    const text = `scale message ${i} ${randomBytes(3).toString('hex')}`;
    sentAt.set(text, performance.now());
    void gql(base, 'mutation($t: String!, $k: String!) { widgetSend(input: { text: $t, idempotencyKey: $k }) { userErrors { code } } }', { t: text, k: text }, visitors[i % visitors.length]);
  }
  const expected = total * options.subscribers;
  for (let i = 0; i < 100 && latencies.length < expected; i++) await sleep(100);
  for (const socket of sockets) socket.close();
  await stop();

  const events = summarize(latencies);
  const worstList = Math.max(...Object.values(lists).map((s) => s.p50));
  for (const [name, stats] of Object.entries(lists)) console.log(`list ${name.padEnd(17)} first page, ms:`, stats);
  printSearchFigures(searches);
  console.log(`inboxEvents with ${options.subscribers} subscriptions, ${options.rate} messages/s for ${options.seconds} s, ms:`, events, `delivered ${latencies.length}/${expected}`);
  console.log(
    `Targets: list p50 < 15 ms: ${worstList < 15 ? 'met' : 'NOT met'} (worst ${worstList}); search p95 < 50 ms: ${worstSearch < 50 ? 'met' : 'NOT met'} (worst ${worstSearch}); event p99 < 50 ms: ${events.p99 < 50 && latencies.length === expected ? 'met' : 'NOT met'}`,
  );
}
