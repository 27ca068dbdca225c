import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { select } from '../db/rows.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { topics } from './pubsub.ts';
import { maxReplay, purgeStreamEvents } from './stream.ts';
import { announce } from './outbox.ts';

let api: TestApi;
let anna: string;
let channels: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 5 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  const rows = await api.app.orm.em.fork().find(ClientChannel, { platformId: { $like: 'visitor-seed-%' } });
  channels = rows.map((row) => row.id);
});
afterAll(() => api?.stop());

/** A socket as the inbox opens it, with the position its acknowledgement carried. */
async function socket() {
  let position!: (cursor: string) => void;
  const acknowledged = new Promise<string>((resolve) => (position = resolve));
  const client: Client = createClient({
    url: api.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: anna },
    retryAttempts: 0,
    lazy: false,
    on: { connected: (_socket, payload) => position((payload as { cursor: string }).cursor) },
  });
  return { client, cursor: await acknowledged };
}

let sent = 0;
/** `count` client messages over the seeded clients, several at a time (their transactions commit in any order). */
async function clientMessages(count: number) {
  const texts = Array.from({ length: count }, () => `Message ${++sent}`);
  for (let i = 0; i < texts.length; i += 10) {
    await Promise.all(
      texts.slice(i, i + 10).map((text, j) => receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: channels[j % channels.length]!, text, dedupeKey: text })),
    );
  }
  return texts;
}

const inboxDocument = 'subscription($after: String) { inboxEvents(after: $after) { kind message { text } } }';
type InboxAnswer = { inboxEvents: { kind: string; message: { text: string } | null } };
const texts = (answers: { data?: InboxAnswer }[]) => answers.flatMap((answer) => (answer.data?.inboxEvents.kind === 'MESSAGE_ADDED' ? [answer.data.inboxEvents.message!.text] : []));
const reasons = (subscription: { received: { errors?: { extensions?: Record<string, unknown> }[] }[] }) =>
  subscription.received.flatMap((answer) => answer.errors?.map((error) => error.extensions?.['reason']) ?? []);
const cursorOf = (answer: unknown) => (answer as { extensions?: { cursor?: string } }).extensions?.cursor;

describe('a stream subscription resumed with `after`', () => {
  it('gives a subscriber that was away while 50 messages arrived each of them exactly once, then the live ones', async () => {
    const first = await socket();
    const before = collect<InboxAnswer>(first.client, inboxDocument, { after: first.cursor });
    await settle();
    const [seen] = await clientMessages(1);
    await eventually(async () => texts(before.received).includes(seen!));
    const cursor = cursorOf(before.received.at(-1));
    expect(cursor).toMatch(/^\d+\.\d+$/);
    await first.client.dispose();

    const missed = await clientMessages(50);
    // More arrive while the subscriber comes back: each once, whether it comes in the replay or live.
    const during = clientMessages(20);
    const second = await socket();
    const after = collect<InboxAnswer>(second.client, inboxDocument, { after: cursor });
    const alongside = await during;
    const live = await clientMessages(5);
    const expected = [...missed, ...alongside, ...live];
    await eventually(async () => expected.every((text) => texts(after.received).includes(text)));
    await settle(500);

    const received = texts(after.received);
    expect(received).not.toContain(seen);
    expect(received.toSorted()).toEqual(expected.toSorted());
    // Replayed in log order, which is commit order: the 50 came before the 5 sent after the subscription started.
    expect(received.slice(0, 50).toSorted()).toEqual(missed.toSorted());
    expect(received.slice(-5).toSorted()).toEqual(live.toSorted());
    // Every answer carries its cursor, in increasing order.
    const seqs = after.received.map((answer) => Number(cursorOf(answer)!.split('.')[0]));
    expect(seqs).toEqual(seqs.toSorted((a, b) => a - b));
    await second.client.dispose();
  });

  it('replays from the acknowledgement’s position what happened between connecting and subscribing', async () => {
    // The position is read at most once a second (an older one replays more): one read after the last test's messages.
    await settle(1100);
    const { client, cursor } = await socket();
    const between = await clientMessages(3);
    const answers = collect<InboxAnswer>(client, inboxDocument, { after: cursor });
    await eventually(async () => between.every((text) => texts(answers.received).includes(text)));
    expect(texts(answers.received).toSorted()).toEqual(between.toSorted());
    await client.dispose();
  });

  it('answers streamPosition over HTTP to signed-in callers, and a subscription from it gets what followed', async () => {
    await settle(1100);
    const position = await api.gql<{ streamPosition: string }>('{ streamPosition }', {}, anna);
    const cursor = position.data!.streamPosition;
    expect(cursor).toMatch(/^\d+\.\d+$/);
    const after = await clientMessages(2);
    const { client } = await socket();
    const answers = collect<InboxAnswer>(client, inboxDocument, { after: cursor });
    await eventually(async () => after.every((text) => texts(answers.received).includes(text)));
    // The two are sent together: they arrive in commit order, which may be either.
    expect(texts(answers.received).toSorted()).toEqual(after.toSorted());
    await client.dispose();
    const anonymous = await api.gql('{ streamPosition }');
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resumes a conversation’s messages with the same cursors, only that conversation’s', async () => {
    // The acknowledgement's position is read at most once a second: one read after the last test's messages.
    await settle(1100);
    const { client, cursor } = await socket();
    const list = await api.gql<{ conversations: { edges: { node: { id: string } }[] } }>('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
    const conversationId = list.data!.conversations.edges[0]!.node.id;
    const sentNow = await clientMessages(5);
    const answers = collect<{ conversationMessages: { text: string } }>(
      client,
      'subscription($id: ID!, $after: String) { conversationMessages(conversationId: $id, after: $after) { text } }',
      { id: conversationId, after: cursor },
    );
    // Five messages over five clients: one of them is this conversation's.
    await eventually(async () => answers.received.length >= 1);
    await settle(300);
    expect(answers.received.map((answer) => answer.data?.conversationMessages.text)).toHaveLength(1);
    expect(sentNow).toContain(answers.received[0]!.data!.conversationMessages.text);
    await client.dispose();
  });

  it(`refuses a cursor with more than ${maxReplay} events missed on its topic, and one that is not a cursor`, async () => {
    const { client, cursor } = await socket();
    const project = (await select<{ id: string }>(api.app.orm.em.fork(), 'select id from project limit 1'))[0]!.id;
    // Events on a topic of their own (the inbox's would be loaded by other subscribers): as many as may be replayed, and one.
    const topic = topics.inbox(project);
    const event = { kind: 'CONVERSATION_UPDATED', conversationId: '00000000-0000-0000-0000-000000000000' };
    await api.app.orm.em.fork().transactional((tx) => announce(tx, ...Array.from({ length: maxReplay + 1 }, () => ({ topic, event }))));
    const tooFar = collect(client, inboxDocument, { after: cursor });
    const invalid = collect(client, inboxDocument, { after: 'yesterday' });
    await eventually(async () => tooFar.completed && invalid.completed);
    expect(reasons(tooFar)).toEqual(['RESUME_POINT_EXPIRED']);
    expect(reasons(invalid)).toEqual(['RESUME_POINT_INVALID']);
    // A cursor older than the log's retention is refused the same way.
    const old = collect(client, inboxDocument, { after: `${cursor.split('.')[0]}.${Date.now() - 24 * 3_600_000}` });
    await eventually(async () => old.completed);
    expect(reasons(old)).toEqual(['RESUME_POINT_EXPIRED']);
    await client.dispose();
  });

  it('numbers an event only once every event numbered before it is committed', async () => {
    const [first, second] = [new pg.Client({ connectionString: api.databaseUrl }), new pg.Client({ connectionString: api.databaseUrl })];
    await Promise.all([first.connect(), second.connect()]);
    const append = (client: pg.Client) => client.query(`select stream_append('[{"topic":"test:order","event":{}}]') as seq`).then((result) => Number(result.rows[0].seq));
    await first.query('begin');
    const earlier = await append(first);
    let later: number | null = null;
    const waiting = append(second).then((seq) => (later = seq));
    await settle(300);
    // Until the first commits, the second waits: nobody can see a number past one that may still come.
    expect(later).toBeNull();
    await first.query('commit');
    await waiting;
    expect(later).toBeGreaterThan(earlier);
    await Promise.all([first.end(), second.end()]);
  });

  it('replays an event whose append was under way when the subscriber listened, once it commits', async () => {
    // Appends publish before they commit: a subscriber that started listening just after the publish must still get
    // the event, from the log, once its append commits.
    await settle(1100);
    const { client, cursor } = await socket();
    const conversation = (await select<{ id: string; projectId: string }>(api.app.orm.em.fork(), 'select id, project_id from conversation limit 1'))[0]!;
    const message = (await select<{ id: string }>(api.app.orm.em.fork(), 'select id from message where conversation_id = ? limit 1', [conversation.id]))[0]!;
    const appending = new pg.Client({ connectionString: api.databaseUrl });
    await appending.connect();
    await appending.query('begin');
    const batch = [{ topic: topics.inbox(conversation.projectId), event: { kind: 'MESSAGE_ADDED', conversationId: conversation.id, messageId: message.id } }];
    await appending.query('select stream_append($1::jsonb)', [JSON.stringify(batch)]);
    const answers = collect<InboxAnswer>(client, inboxDocument, { after: cursor });
    await settle(300);
    await appending.query('commit');
    await appending.end();
    await eventually(async () => answers.received.length >= 1);
    expect(answers.received[0]!.data?.inboxEvents.kind).toBe('MESSAGE_ADDED');
    await client.dispose();
  });

  it('forgets events older than a day', async () => {
    const em = api.app.orm.em.fork();
    await em.execute(`update stream_event set created_at = now() - interval '25 hours' where seq in (select seq from stream_event order by seq limit 10)`);
    const count = async () => Number((await select<{ count: string }>(em, 'select count(*) from stream_event'))[0]!.count);
    const before = await count();
    expect(await purgeStreamEvents(em)).toBe(10);
    expect(await count()).toBe(before - 10);
  });
});
