// Outgoing webhooks (issue 14): visitors' messages in many conversations, each a `message.created` delivery signed
// and sent by Temporal to a local receiver, against the floor: the same receiver taking the same bodies POSTed
// straight from here, as many at once as there are conversations in flight.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql, login, startProduct } from './harness.ts';
import { percentile, sleep } from './stats.ts';

/** A receiver that answers 200 at once and keeps each delivery's event id and arrival time. */
async function receiver() {
  const arrivals = new Map<string, number[]>();
  let bodyLength = 0;
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const id = /"id":"([^"]+)"/.exec(body)?.[1] ?? '';
      bodyLength ||= body.length;
      arrivals.set(id, [...(arrivals.get(id) ?? []), performance.now()]);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, arrivals, bodyLength: () => bodyLength, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function webhooksBench(options: { messages: number; conversations: number; concurrency: number }) {
  console.log(`\n== Outgoing webhooks: ${options.messages} client messages in ${options.conversations} conversations (${options.concurrency} senders), message.created to a local receiver ==`);
  const product = await startProduct({ clients: 50 }, { env: { WEBHOOKS_ALLOW_PRIVATE: '1' } });
  const sink = await receiver();
  try {
    const owner = await login(product.base, 'owner@demo.test', 'demo-owner');
    const created = await gql(product.base, 'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { webhookEndpoint { id } userErrors { code message } } }', { i: { url: sink.url, eventTypes: ['MESSAGE_CREATED'] } }, owner);
    if (created.createWebhookEndpoint.userErrors.length) throw new Error(JSON.stringify(created.createWebhookEndpoint.userErrors));
    const visitors: string[] = [];
    for (let i = 0; i < options.conversations; i++) {
      const start = await gql(product.base, 'mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
      visitors.push(`Visitor ${start.widgetStart.session.visitorToken}`);
      await gql(product.base, 'mutation { widgetSend(input: { text: "hello", idempotencyKey: "hello" }) { userErrors { code } } }', {}, visitors[i]);
    }
    // The first messages' deliveries (their conversations opening) out of the way.
    for (let i = 0; sink.arrivals.size < options.conversations && i < 300; i++) await sleep(100);
    const warm = sink.arrivals.size;

    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        for (let i = next++; i < options.messages; i = next++) {
          await gql(product.base, 'mutation($t: String!) { widgetSend(input: { text: $t, idempotencyKey: $t }) { userErrors { code } } }', { t: `webhook bench ${i}` }, visitors[i % visitors.length]);
        }
      }),
    );
    const sentIn = performance.now() - started;
    while (sink.arrivals.size < warm + options.messages && performance.now() - started < 10 * 60_000) await sleep(100);
    const times = [...sink.arrivals.values()];
    const last = Math.max(...times.map((at) => at.at(-1)!));
    const twice = times.filter((at) => at.length > 1).length;
    const delivered = sink.arrivals.size - warm;
    const product_ = delivered / ((last - started) / 1000);
    console.log(`  product: ${options.messages} messages accepted in ${(sentIn / 1000).toFixed(1)} s (${(options.messages / (sentIn / 1000)).toFixed(0)}/s); ${delivered} deliveries in ${((last - started) / 1000).toFixed(1)} s: ${product_.toFixed(0)} deliveries/s (the last ${((last - started - sentIn) / 1000).toFixed(1)} s after the last message was accepted); event ids received twice: ${twice}`);

    // The floor: the receiver taking bodies of the same size, `conversations` at once, straight from here.
    const body = JSON.stringify({ id: 'x', pad: 'x'.repeat(Math.max(0, sink.bodyLength() - 20)) });
    const floorStarted = performance.now();
    let sent = 0;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: options.conversations }, async () => {
        while (sent++ < options.messages) {
          const at = performance.now();
          await fetch(sink.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.replace('"x"', `"floor-${sent}"`) }).then((response) => response.text());
          latencies.push(performance.now() - at);
        }
      }),
    );
    const floor = options.messages / ((performance.now() - floorStarted) / 1000);
    latencies.sort((a, b) => a - b);
    console.log(`  floor (the receiver alone, ${options.conversations} at once): ${floor.toFixed(0)} POSTs/s, p50 ${percentile(latencies, 50).toFixed(1)} ms; the product at ${(product_ / floor).toFixed(2)}× of it`);
  } finally {
    await sink.close();
    await product.stop();
  }
}
