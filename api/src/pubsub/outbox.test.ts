// A write's events are committed with it (pubsub/outbox.ts): a node that dies between its commit and publishing them
// loses nothing (any node's sweep publishes them, logged and queued for webhooks once), a write that rolls back
// announces nothing, and drains racing on two nodes take each event once.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { openOrm } from '../db/orm.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { announce, createOutbox, inboxEvent } from './outbox.ts';
import { createMemoryPubSub, topics } from './pubsub.ts';

let api: TestApi;
let anna: string;
let conversation: { id: string; projectId: string; clientChannelId: string };

beforeAll(async () => {
  api = await startTestApi({ worker: false, outboxSweepMs: 300 });
  await api.seed({ clients: 2 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  conversation = (await selectOne(api.app.orm.em.fork(), `select id, project_id, client_channel_id from conversation where status = 'OPEN' order by created_at limit 1`))!;
});
afterAll(() => api?.stop());

const count = async (sql: string, params: unknown[] = []) => Number((await selectOne<{ n: string }>(api.app.orm.em.fork(), `select count(*) as n from ${sql}`, params))!.n);

describe('a write’s events', () => {
  it('reach subscribers, the log and webhooks once, by the sweep, when the node that committed them died before publishing them', async () => {
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const made: any = await api.gql(
      'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { webhookEndpoint { id } } }',
      { i: { url: 'https://93.184.215.14/messages', eventTypes: ['MESSAGE_CREATED'] } },
      owner,
    );
    const endpointId = made.data.createWebhookEndpoint.webhookEndpoint.id as string;
    const client = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: anna }, retryAttempts: 0 });
    const live = collect<{ inboxEvents: { kind: string; message: { text: string } | null } }>(client, 'subscription { inboxEvents { kind message { text } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The node's state once it committed and died: the message and its events stored, nothing after the commit run
    // (no commit hook of this node, no drain).
    const dead = { ...api.app, outbox: { drain: async () => {}, close: async () => {} } };
    const text = `Written as the node died ${Date.now()}`;
    const message = await receiveClientMessage(dead, api.app.orm.em.fork({ freshEventManager: true }), { clientChannelId: conversation.clientChannelId, text, dedupeKey: text });
    expect(await count('outbox_event')).toBe(3);

    await eventually(async () => live.received.some((answer) => answer.data?.inboxEvents.message?.text === text));
    await api.app.outbox.drain();
    const logged = await count(`stream_event where topic = ? and event ->> 'messageId' = ?`, [topics.inbox(conversation.projectId), message.id]);
    const deliveries = await count(`webhook_delivery where endpoint_id = ? and body like ?`, [idOf('WebhookEndpoint', endpointId), `%${text}%`]);
    expect({ logged, deliveries, waiting: await count('outbox_event') }).toEqual({ logged: 1, deliveries: 1, waiting: 0 });
    expect(live.received.filter((answer) => answer.data?.inboxEvents.message?.text === text)).toHaveLength(1);
    await client.dispose();
  });

  it('are not announced when the write rolls back', async () => {
    const before = await count('stream_event');
    const event = inboxEvent(conversation.projectId, { kind: 'CONVERSATION_UPDATED', conversationId: conversation.id });
    await expect(
      api.app.orm.em.fork().transactional(async (tx) => {
        await tx.execute(`update conversation set unread_count = unread_count + 1 where id = ?`, [conversation.id]);
        await announce(tx, ...event);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await api.app.outbox.drain();
    expect({ waiting: await count('outbox_event'), logged: (await count('stream_event')) - before }).toEqual({ waiting: 0, logged: 0 });
  });

  it('are taken once by drains racing on two nodes', async () => {
    const topic = topics.inbox(conversation.projectId);
    const n = 1200;
    await api.app.orm.em.fork().transactional((tx) =>
      tx.execute(`insert into outbox_event (topic, event) select ?, jsonb_build_object('kind', 'CONVERSATION_UPDATED', 'conversationId', ?::text, 'n', i) from generate_series(1, ?) i`, [topic, conversation.id, n]),
    );
    // Another node on the same database: its own connections, its own drain.
    const orm = await openOrm(api.databaseUrl);
    const other = createOutbox(orm, createMemoryPubSub(), () => api.app.webhooks, 60_000);
    try {
      await Promise.all([api.app.outbox.drain(), other.drain(), api.app.outbox.drain(), other.drain()]);
      const logged = await select<{ n: number }>(api.app.orm.em.fork(), `select (event ->> 'n')::int as n from stream_event where topic = ? and event ->> 'n' is not null order by seq`, [topic]);
      expect(logged).toHaveLength(n);
      expect(new Set(logged.map((row) => row.n)).size).toBe(n);
      expect(await count('outbox_event')).toBe(0);
    } finally {
      await other.close();
      await orm.close();
    }
  });
});
