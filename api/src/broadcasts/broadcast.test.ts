import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, startWorkerProcess, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';

// The workers run in processes of their own, so that one can be killed mid-broadcast as a crash would.
let api: TestApi;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
let anna: string;
let manager: string;
let stranger: string;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 300 });
  await api.seed({ clients: 2, emailDomain: 'other.test', projectName: 'Other', widgetKey: 'other-widget' });
  [anna, manager, stranger] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  projectId = (await selectOne<{ id: string }>(api.app.orm.em.fork(), `select id from project where name = 'Demo Shop'`))!.id;
  worker = await startWorkerProcess(api);
}, 180_000);
afterAll(async () => {
  await worker?.kill();
  await api?.stop();
});

const fields = 'id status total sent failed skipped pending ratePerSecond resultsCsvUrl viewerCanControl';
const start = async (input: object, token = manager) =>
  ((await api.gql(`mutation($i: StartBroadcastInput!) { startBroadcast(input: $i) { broadcast { ${fields} } userErrors { code field reason } } }`, { i: input }, token)) as any).data
    .startBroadcast;
const control = async (action: 'pause' | 'resume' | 'cancel', id: string, token = manager) =>
  ((await api.gql(`mutation($id: ID!) { ${action}Broadcast(input: { broadcastId: $id }) { broadcast { ${fields} } userErrors { code reason } } }`, { id }, token)) as any).data[`${action}Broadcast`];
const read = async (id: string, token = manager) => ((await api.gql(`query($id: ID!) { broadcast(id: $id) { ${fields} } }`, { id }, token)) as any).data.broadcast;
const until = (id: string, check: (broadcast: any) => boolean, timeoutMs = 60_000) =>
  eventually(async () => {
    const broadcast = await read(id);
    return check(broadcast) ? broadcast : null;
  }, timeoutMs);

const clientIds = async (where = 'true') =>
  (await select<{ id: string }>(api.app.orm.em.fork(), `select id from client where project_id = ? and ${where} order by created_at, id`, [projectId])).map((row) => row.id);
const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
/** The broadcast's messages per client: client id → how many. */
const messagesPerClient = async (broadcastId: string) => {
  const rows = await select<{ clientId: string; n: number; sent: number }>(
    api.app.orm.em.fork(),
    `select c.client_id, count(*)::int as n, count(*) filter (where m.status = 'SENT')::int as sent
       from message m join conversation c on c.id = m.conversation_id where m.dedupe_key = ? group by c.client_id`,
    [`broadcast:${localId(broadcastId)}`],
  );
  return new Map(rows.map((row) => [row.clientId, row]));
};

describe('broadcasts', () => {
  it('reach every reachable client exactly once through a pause, a resume and a killed worker, and count the skipped', async () => {
    const em = api.app.orm.em.fork();
    // Sends take 200 ms here (16 at once): a page of 60 is always on its way when the worker is killed.
    await worker.kill();
    worker = await startWorkerProcess(api, { SLOW_SEND_MS: '200' });
    const all = await clientIds();
    // Three blocked, two deleted, and one client with no channel at all.
    await em.execute('update client set blocked_at = now() where id in (?)', [all.slice(0, 3)]);
    await em.execute('update client set deleted_at = now() where id in (?)', [all.slice(3, 5)]);
    const lonely = (await selectOne<{ id: string }>(
      em,
      `insert into client (id, project_id, name, variables, created_at, last_activity_at) values (gen_random_uuid(), ?, 'No Channel', '{}', now(), now()) returning id`,
      [projectId],
    ))!.id;
    const everyone = [...all, lonely];

    const started = await start({ audience: { clientIds: everyone.map((id) => toGlobalId('Client', id)) }, text: 'Sale starts today, #{first_name|friend}!', ratePerSecond: 60 });
    expect(started.userErrors).toEqual([]);
    const id = started.broadcast.id;
    expect(started.broadcast).toMatchObject({ status: 'RUNNING', ratePerSecond: 60, viewerCanControl: true });

    await until(id, (b) => b.sent >= 40);
    expect((await control('pause', id)).broadcast.status).toBe('PAUSED');
    // The page on its way finishes; then nothing moves while paused.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const paused = await read(id);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect((await read(id)).sent).toBe(paused.sent);
    expect(paused.pending).toBeGreaterThan(0);
    expect((await control('resume', id)).broadcast.status).toBe('RUNNING');

    await until(id, (b) => b.sent >= 150);
    // Killed while a page's sends are on their way: messages written, some claimed by the dying worker.
    const claimed = `select count(*)::int as n from message where dedupe_key = ? and status = 'QUEUED' and sending_until > now()`;
    await eventually(async () => ((await selectOne<{ n: number }>(em, claimed, [`broadcast:${localId(id)}`]))!.n > 0 ? true : null));
    await worker.kill();
    expect((await selectOne<{ n: number }>(em, claimed, [`broadcast:${localId(id)}`]))!.n).toBeGreaterThan(0);
    const midway = await read(id);
    expect(midway.status).toBe('RUNNING');
    expect(midway.pending).toBeGreaterThan(0);
    worker = await startWorkerProcess(api);
    // The killed page is taken up again once its heartbeat is missed; messages it had claimed wait for their lease.
    const done = await until(id, (b) => b.status === 'COMPLETED', 150_000);

    expect(done).toMatchObject({ total: 301, sent: 295, failed: 0, skipped: 6, pending: 0 });
    const perClient = await messagesPerClient(id);
    expect(perClient.size).toBe(295);
    for (const clientId of all.slice(5)) expect(perClient.get(clientId)).toMatchObject({ n: 1, sent: 1 });
    for (const clientId of [...all.slice(0, 5), lonely]) expect(perClient.has(clientId)).toBe(false);
    const reasons = await select<{ reason: string; n: number }>(
      em,
      `select reason, count(*)::int as n from broadcast_recipient where broadcast_id = ? and status = 'SKIPPED' group by reason order by reason`,
      [localId(id)],
    );
    expect(reasons).toEqual([{ reason: 'BLOCKED', n: 3 }, { reason: 'DELETED', n: 2 }, { reason: 'NO_CHANNEL', n: 1 }]);
    // Filled per client, and a bot message in the timeline like any other.
    const message = (await selectOne<{ text: string; senderKind: string; name: string }>(
      em,
      `select m.text, m.sender_kind, cl.name from message m join conversation c on c.id = m.conversation_id join client cl on cl.id = c.client_id
        where m.dedupe_key = ? limit 1`,
      [`broadcast:${localId(id)}`],
    ))!;
    expect(message.senderKind).toBe('BOT');
    expect(message.text).toBe(`Sale starts today, ${message.name.split(' ')[0]}!`);

    // The results: filterable by status, and as CSV by the signed link.
    const skipped: any = await api.gql(
      'query($id: ID!) { broadcast(id: $id) { recipients(first: 10, status: SKIPPED) { totalCount edges { node { status skipReason client { id } message { id } } } } } }',
      { id },
      manager,
    );
    expect(skipped.data.broadcast.recipients.totalCount).toBe(6);
    expect(skipped.data.broadcast.recipients.edges.every((edge: any) => edge.node.status === 'SKIPPED' && edge.node.message === null)).toBe(true);
    const csv = await fetch(done.resultsCsvUrl.replace('http://inbox.test', api.url));
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(302);
    expect(lines.filter((line) => line.includes(',SENT,'))).toHaveLength(295);
    expect((await fetch(done.resultsCsvUrl.replace('http://inbox.test', api.url).replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(403);

    // Finished: nothing more applies.
    expect((await control('cancel', id)).userErrors).toEqual([{ code: 'CONFLICT', reason: 'BROADCAST_STATE' }]);
  }, 240_000);

  it('sends at a time, and a cancelled one sends nothing, with live progress', async () => {
    const socket = api.socket({ authorization: manager });
    const sendAt = new Date(Date.now() + 60_000).toISOString();
    const scheduled = await start({ audience: { filter: { section: 'ACTIVE' } }, text: 'Later', sendAt });
    expect(scheduled.broadcast).toMatchObject({ status: 'SCHEDULED', total: 0 });
    const updates = collect(socket, `subscription($id: ID!) { broadcastUpdated(id: $id) { status pending } }`, { id: scheduled.broadcast.id });
    await settle();
    expect((await control('cancel', scheduled.broadcast.id)).broadcast.status).toBe('CANCELLED');
    const [update] = await updates.next(1);
    expect((update as any).data.broadcastUpdated.status).toBe('CANCELLED');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await read(scheduled.broadcast.id)).total).toBe(0);
    expect((await messagesPerClient(scheduled.broadcast.id)).size).toBe(0);
    updates.dispose();
  });

  it('sends on one channel, creating the conversation a client never had there, and cancels midway', async () => {
    const em = api.app.orm.em.fork();
    const channel = (await selectOne<{ id: string }>(em, 'select id from channel where project_id = ?', [projectId]))!;
    const [second] = await clientIds('blocked_at is null and deleted_at is null');
    // A client known on the channel who never wrote: no conversation yet.
    const first = (await selectOne<{ id: string }>(
      em,
      `insert into client (id, project_id, name, variables, created_at, last_activity_at) values (gen_random_uuid(), ?, 'Silent Sam', '{}', now(), now()) returning id`,
      [projectId],
    ))!.id;
    await em.execute(`insert into client_channel (id, project_id, client_id, channel_id, platform_id, created_at) values (gen_random_uuid(), ?, ?, ?, 'silent-sam', now())`, [
      projectId,
      first,
      channel.id,
    ]);
    const started = await start({
      audience: { clientIds: [first, second].map((id) => toGlobalId('Client', id!)) },
      text: 'Hello',
      channelRule: 'CHANNEL',
      channelId: toGlobalId('Channel', channel.id),
    });
    expect(started.userErrors).toEqual([]);
    const done = await until(started.broadcast.id, (b) => b.status === 'COMPLETED');
    expect(done).toMatchObject({ sent: 2, skipped: 0 });
    expect((await select(em, 'select id from conversation where client_id = ?', [first])).length).toBe(1);

    // A long one, cancelled: what was not reached is SKIPPED (CANCELLED), nothing more is sent.
    const long = await start({ audience: { filter: { section: 'ACTIVE' } }, text: 'Slowly', ratePerSecond: 5 });
    await until(long.broadcast.id, (b) => b.sent >= 5);
    expect((await control('cancel', long.broadcast.id)).broadcast.status).toBe('CANCELLED');
    const cancelled = await until(long.broadcast.id, (b) => b.pending === 0);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sent + cancelled.skipped).toBe(cancelled.total);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await messagesPerClient(long.broadcast.id)).size).toBe(cancelled.sent);
  }, 60_000);

  it('sends to the Active clients a saved inbox filter matches', async () => {
    const saved: any = await api.gql(
      'mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id } userErrors { code } } }',
      { i: { name: 'Ivans', filter: { search: 'ivan' } } },
      manager,
    );
    const matching: any = await api.gql('{ clients(first: 1, filter: { section: ACTIVE, search: "ivan" }) { totalCount } }', {}, manager);
    expect(matching.data.clients.totalCount).toBeGreaterThan(0);
    const started = await start({ audience: { savedFilterId: saved.data.saveFilter.savedFilter.id }, text: 'Hi, #{name}' });
    expect(started.userErrors).toEqual([]);
    const done = await until(started.broadcast.id, (b) => b.status === 'COMPLETED');
    expect(done.total).toBe(matching.data.clients.totalCount);
    expect(done.sent + done.skipped).toBe(done.total);
  });

  it('keeps two broadcasts on one channel within the channel’s limit together', async () => {
    // The worker reads the channel's limit (10 a second here); each broadcast alone goes at 15, the two at 30 without it.
    await worker.kill();
    worker = await startWorkerProcess(api, { BROADCAST_RATE_LIMITS: 'WEBCHAT=10' });
    try {
      const ids = (await clientIds('blocked_at is null and deleted_at is null')).map((id) => toGlobalId('Client', id));
      const [a, b] = await Promise.all([start({ audience: { clientIds: ids.slice(0, 150) }, text: 'A', ratePerSecond: 15 }),
        start({ audience: { clientIds: ids.slice(150, 300) }, text: 'B', ratePerSecond: 15 }),
      ]);
      const sent = async () => (await read(a.broadcast.id)).sent + (await read(b.broadcast.id)).sent;
      await eventually(async () => ((await sent()) > 0 ? true : null));
      const from = { at: Date.now(), sent: await sent() };
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const rate = ((await sent()) - from.sent) / ((Date.now() - from.at) / 1000);
      expect(rate).toBeGreaterThan(5);
      // 10 a second, at most a second's burst on top over these 5 seconds, and a page's worth as the counts move.
      expect(rate).toBeLessThanOrEqual(10 + 10 / 5 + 3);
      await control('cancel', a.broadcast.id);
      await control('cancel', b.broadcast.id);
    } finally {
      await worker.kill();
      worker = await startWorkerProcess(api);
    }
  }, 60_000);

  it('refuses what it cannot send, to whom may not, and another project’s broadcasts', async () => {
    const [clientId] = await clientIds('blocked_at is null and deleted_at is null');
    const audience = { clientIds: [toGlobalId('Client', clientId!)] };
    expect((await start({ audience, text: '   ' })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'text', reason: 'MESSAGE_EMPTY' }]);
    expect((await start({ audience, text: 'Hi' }, anna)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null, reason: 'PERMISSION_DENIED' }]);
    expect((await start({ audience: {}, text: 'Hi' })).userErrors[0].reason).toBe('BROADCAST_AUDIENCE_REQUIRED');
    expect((await start({ audience: { ...audience, filter: {} }, text: 'Hi' })).userErrors[0].reason).toBe('BROADCAST_AUDIENCE_REQUIRED');
    expect((await start({ audience, text: 'Hi', sendAt: new Date(Date.now() - 1000).toISOString() })).userErrors[0].reason).toBe('BROADCAST_SEND_AT_PAST');
    expect((await start({ audience, text: 'Hi', channelRule: 'CHANNEL' })).userErrors[0].reason).toBe('BROADCAST_CHANNEL_REQUIRED');
    expect((await start({ audience, text: 'Hi', ratePerSecond: 0 })).userErrors[0].reason).toBe('BROADCAST_RATE_INVALID');
    // Another project's clients are not this project's audience.
    const foreign = (await selectOne<{ id: string }>(api.app.orm.em.fork(), 'select id from client where project_id <> ? limit 1', [projectId]))!.id;
    expect((await start({ audience: { clientIds: [toGlobalId('Client', foreign)] }, text: 'Hi' })).userErrors[0].reason).toBe('BROADCAST_CLIENT_COUNT');

    const mine = await start({ audience, text: 'Hi', sendAt: new Date(Date.now() + 3600_000).toISOString() });
    const id = mine.broadcast.id;
    expect(await read(id, stranger)).toBeNull();
    expect((await control('cancel', id, stranger)).userErrors).toEqual([{ code: 'NOT_FOUND', reason: 'BROADCAST_NOT_FOUND' }]);
    const theirs: any = await api.gql('{ broadcasts(first: 10) { totalCount } }', {}, stranger);
    expect(theirs.data.broadcasts.totalCount).toBe(0);
    const socket = api.socket({ authorization: stranger });
    const spy = collect(socket, 'subscription($id: ID!) { broadcastUpdated(id: $id) { id } }', { id });
    await spy.next(1);
    expect((spy.received[0] as any).errors?.[0]?.extensions?.code ?? (spy.failure as any)?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await control('resume', id)).userErrors[0].reason).toBe('BROADCAST_STATE');
    expect((await control('cancel', id)).broadcast.status).toBe('CANCELLED');
    const me: any = await api.gql('{ me { can { sendBroadcasts } } }', {}, anna);
    expect(me.data.me.can.sendBroadcasts).toBe(false);
  });
});
