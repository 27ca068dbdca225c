import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, nodes, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from '../auth/api-token.service.ts';
import { webchatCapabilities, webchatDriver } from '../channels/drivers/webchat/webchat.driver.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import { recentMessages } from '../widget/widget.service.ts';
import { fireScheduled } from './scheduled-message.service.ts';
import { startWorker, type RunningWorker } from '../../../workflows/src/worker.ts';

// Every send the web chat driver made, by message id: "exactly once" is counted here, at the channel.
const sends = new Map<string, number>();
let api: TestApi;
let worker: RunningWorker | null = null;
let anna: string;
let manager: string;
let conversationId: string;
let clientId: string;

const drivers = (app: TestApi['app']) => {
  const real = webchatDriver(app.orm);
  return {
    WEBCHAT: {
      kind: 'WEBCHAT' as const,
      capabilities: webchatCapabilities,
      async send(message: Parameters<typeof real.send>[0]) {
        sends.set(message.messageId, (sends.get(message.messageId) ?? 0) + 1);
        return real.send(message);
      },
    },
  };
};
const runWorker = async () => (worker = await startWorker(api.app, { address: inject('temporalAddress'), namespace: 'default', taskQueue: api.taskQueue }, drivers(api.app)));

beforeAll(async () => {
  api = await startTestApi({ worker: false, limits: { maxScheduledPerConversation: 3 } });
  await runWorker();
  await api.seed({ clients: 4 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  manager = await api.login('manager@demo.test', 'demo-manager');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id client { id } } } } }', {}, anna);
  conversationId = first.data.conversations.edges[0].node.id;
  clientId = first.data.conversations.edges[0].node.client.id;
});
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
});

const fields = 'id status text createdAt scheduledAt sentAt failureReason viewerCanChangeSchedule';
const schedule = (input: Record<string, unknown>, token = anna) =>
  api.gql(`mutation($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { message { ${fields} } userErrors { code reason field message } } }`, { input }, token) as Promise<any>;
const change = (mutation: 'rescheduleMessage' | 'sendScheduledMessageNow' | 'cancelScheduledMessage', input: Record<string, unknown>, token = anna) =>
  api.gql(
    `mutation($input: ${mutation === 'rescheduleMessage' ? 'RescheduleMessageInput' : 'ScheduledMessageInput'}!) {
      ${mutation}(input: $input) { message { ${fields} } userErrors { code reason field message } }
    }`,
    { input },
    token,
  ) as Promise<any>;
const message = async (id: string) => ((await api.gql(`query($id: ID!) { node(id: $id) { ... on Message { ${fields} } } }`, { id }, anna)) as any).data.node;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const sentOnce = (id: string) => eventually(async () => (await message(id)).status === 'SENT' && sends.get(idOf('Message', id)!) === 1, 20_000);
const pendingOf = async () => {
  const result: any = await api.gql(
    'query($c: ID!, $id: ID!) { conversation(id: $c) { scheduledCount } node(id: $id) { ... on Client { scheduledMessages { id } } } }',
    { c: conversationId, id: clientId },
    anna,
  );
  return { count: result.data.conversation.scheduledCount, ids: result.data.node.scheduledMessages.map((m: { id: string }) => m.id) };
};

describe('scheduleMessage', () => {
  it('stores SCHEDULED at once, shows it to operators only, and sends it at its due time with the variables filled', async () => {
    const due = inSeconds(3);
    const result = await schedule({ conversationId, text: 'Hi #{first_name}, your order is ready.', sendAt: due });
    const scheduled = result.data.scheduleMessage.message;
    expect(result.data.scheduleMessage.userErrors).toEqual([]);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledAt: due, createdAt: due, viewerCanChangeSchedule: true, sentAt: null });
    expect(await pendingOf()).toEqual({ count: 1, ids: [scheduled.id] });

    // The timeline has its event; the visitor's widget does not see the message before it is sent.
    const timeline: any = await api.gql('query($id: ID!) { conversation(id: $id) { timeline(first: 5) { edges { node { __typename ... on ConversationEvent { type scheduledAt message { id } } } } } } }', { id: conversationId }, anna);
    expect(nodes(timeline.data.conversation.timeline)).toContainEqual({ __typename: 'ConversationEvent', type: 'MESSAGE_SCHEDULED', scheduledAt: due, message: { id: scheduled.id } });
    const conversation = (await selectOne<{ clientChannelId: string }>(api.app.orm.em.fork(), 'select client_channel_id from conversation where id = ?', [idOf('Conversation', conversationId)]))!;
    expect((await recentMessages(api.app.orm.em.fork(), conversation.clientChannelId)).map((m) => m.id)).not.toContain(idOf('Message', scheduled.id));

    await settle(1000);
    expect((await message(scheduled.id)).status).toBe('SCHEDULED');
    await sentOnce(scheduled.id);
    const sent = await message(scheduled.id);
    expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(Date.parse(due));
    expect(sent.text).toMatch(/^Hi \S+, your order is ready\.$/);
    expect(sent.text).not.toContain('#{');
    expect(sent.viewerCanChangeSchedule).toBe(false);
    expect(await pendingOf()).toEqual({ count: 0, ids: [] });
  });

  it('refuses due times in the past or more than a year ahead, and more pending sends than the limit', async () => {
    const past = await schedule({ conversationId, text: 'Too late', sendAt: inSeconds(-5) });
    expect(past.data.scheduleMessage.userErrors).toMatchObject([{ code: 'INVALID_INPUT', reason: 'SCHEDULED_TIME_PAST', field: 'sendAt' }]);
    const far = await schedule({ conversationId, text: 'Too far', sendAt: inSeconds(367 * 86_400) });
    expect(far.data.scheduleMessage.userErrors).toMatchObject([{ code: 'INVALID_INPUT', reason: 'SCHEDULED_TIME_TOO_FAR', field: 'sendAt' }]);

    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await schedule({ conversationId, text: `Later ${n}`, sendAt: inSeconds(3600) })).data.scheduleMessage.message.id);
    const fourth = await schedule({ conversationId, text: 'One too many', sendAt: inSeconds(3600) });
    expect(fourth.data.scheduleMessage.userErrors).toMatchObject([{ code: 'CONFLICT', reason: 'SCHEDULED_LIMIT' }]);
    // Nothing of the refused ones was stored.
    const texts = await select<{ text: string }>(api.app.orm.em.fork(), `select text from message where text in ('Too late', 'Too far', 'One too many')`);
    expect(texts).toEqual([]);
    for (const id of ids) expect((await change('cancelScheduledMessage', { messageId: id })).data.cancelScheduledMessage.message.status).toBe('CANCELLED');
  });

  it('API tokens schedule with an idempotency key: a retry is the same message', async () => {
    const token = `Bearer ${(await createApiToken(api.app.orm.em.fork(), (await selectOne<{ projectId: string }>(api.app.orm.em.fork(), 'select project_id from conversation where id = ?', [idOf('Conversation', conversationId)]))!.projectId, 'Scheduler')).token}`;
    const without = await schedule({ conversationId, text: 'From the CRM', sendAt: inSeconds(3600) }, token);
    expect(without.data.scheduleMessage.userErrors).toMatchObject([{ reason: 'MESSAGE_IDEMPOTENCY_KEY_REQUIRED' }]);
    const first = await schedule({ conversationId, text: 'From the CRM', sendAt: inSeconds(3600), idempotencyKey: 'crm-42' }, token);
    const again = await schedule({ conversationId, text: 'From the CRM', sendAt: inSeconds(3600), idempotencyKey: 'crm-42' }, token);
    expect(again.data.scheduleMessage.message.id).toBe(first.data.scheduleMessage.message.id);
    expect((await change('cancelScheduledMessage', { messageId: first.data.scheduleMessage.message.id }, token)).data.cancelScheduledMessage.userErrors).toEqual([]);
  });
});

describe('changing a scheduled message', () => {
  it('moves it later: not sent at the old time, sent at the new one; and earlier', async () => {
    const later = (await schedule({ conversationId, text: 'Moved later', sendAt: inSeconds(2) })).data.scheduleMessage.message;
    const newDue = inSeconds(6);
    const moved = await change('rescheduleMessage', { messageId: later.id, sendAt: newDue });
    expect(moved.data.rescheduleMessage).toMatchObject({ message: { status: 'SCHEDULED', scheduledAt: newDue, createdAt: newDue }, userErrors: [] });

    const earlier = (await schedule({ conversationId, text: 'Moved earlier', sendAt: inSeconds(3600) })).data.scheduleMessage.message;
    expect((await change('rescheduleMessage', { messageId: earlier.id, sendAt: inSeconds(2) })).data.rescheduleMessage.userErrors).toEqual([]);

    await settle(3500);
    expect((await message(later.id)).status).toBe('SCHEDULED');
    await sentOnce(earlier.id);
    await sentOnce(later.id);
    expect(Date.parse((await message(later.id)).sentAt)).toBeGreaterThanOrEqual(Date.parse(newDue));
    const events: any = await api.gql('query($id: ID!) { conversation(id: $id) { timeline(first: 30) { edges { node { ... on ConversationEvent { type message { id } } } } } } }', { id: conversationId }, anna);
    expect(nodes(events.data.conversation.timeline).filter((e: any) => e.type === 'MESSAGE_RESCHEDULED').map((e: any) => e.message.id)).toEqual(
      expect.arrayContaining([later.id, earlier.id]),
    );
  });

  it('sends now, once; a second Send now, a reschedule or a cancel of a sent message is refused', async () => {
    const scheduled = (await schedule({ conversationId, text: 'Right away please', sendAt: inSeconds(3600) })).data.scheduleMessage.message;
    const now = await change('sendScheduledMessageNow', { messageId: scheduled.id });
    expect(now.data.sendScheduledMessageNow.userErrors).toEqual([]);
    expect(['QUEUED', 'SENT']).toContain(now.data.sendScheduledMessageNow.message.status);
    await sentOnce(scheduled.id);
    for (const [mutation, input] of [
      ['sendScheduledMessageNow', {}],
      ['rescheduleMessage', { sendAt: inSeconds(60) }],
      ['cancelScheduledMessage', {}],
    ] as const) {
      const refused = await change(mutation, { messageId: scheduled.id, ...input });
      expect(refused.data[mutation].userErrors).toMatchObject([{ code: 'CONFLICT', reason: 'SCHEDULED_MESSAGE_NOT_PENDING' }]);
    }
    // Firing again (a timer's activity retried after Send now) changes nothing: the message id is the key.
    expect(await fireScheduled(api.app, api.app.orm.em.fork(), idOf('Message', scheduled.id)!, { actorId: null, now: true })).toEqual({ fired: false });
    await settle(500);
    expect((await message(scheduled.id)).status).toBe('SENT');
    expect(sends.get(idOf('Message', scheduled.id)!)).toBe(1);
  });

  it('cancels: CANCELLED, never sent, even past its due time', async () => {
    const scheduled = (await schedule({ conversationId, text: 'Never mind', sendAt: inSeconds(2) })).data.scheduleMessage.message;
    const cancelled = await change('cancelScheduledMessage', { messageId: scheduled.id });
    expect(cancelled.data.cancelScheduledMessage).toMatchObject({ message: { status: 'CANCELLED' }, userErrors: [] });
    await settle(3500);
    expect((await message(scheduled.id)).status).toBe('CANCELLED');
    expect(sends.has(idOf('Message', scheduled.id)!)).toBe(false);
  });

  it('the workflow itself refuses a due time in the past (its validator), and nothing changes', async () => {
    const scheduled = (await schedule({ conversationId, text: 'Validator', sendAt: inSeconds(3600) })).data.scheduleMessage.message;
    const id = idOf('Message', scheduled.id)!;
    const answer = await api.app.scheduler.change(id, new Date(scheduled.scheduledAt), { kind: 'reschedule', dueAt: inSeconds(-60), actorId: null });
    expect(answer).toEqual({ refused: 'SCHEDULED_TIME_PAST' });
    expect((await message(scheduled.id)).scheduledAt).toBe(scheduled.scheduledAt);
    await change('cancelScheduledMessage', { messageId: scheduled.id });
  });

  it("another project's caller cannot see or change it; the project-wide list is for managers", async () => {
    const scheduled = (await schedule({ conversationId, text: 'Ours', sendAt: inSeconds(3600) })).data.scheduleMessage.message;
    await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
    const stranger = await api.login('manager@other.test', 'demo-manager');
    const refused = await change('cancelScheduledMessage', { messageId: scheduled.id }, stranger);
    expect(refused.data.cancelScheduledMessage.userErrors).toMatchObject([{ code: 'NOT_FOUND', reason: 'MESSAGE_NOT_FOUND' }]);
    expect(((await api.gql('{ scheduledMessages { totalCount } }', {}, stranger)) as any).data.scheduledMessages.totalCount).toBe(0);

    const forbidden: any = await api.gql('{ scheduledMessages { totalCount } }', {}, anna);
    expect(forbidden.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    const list: any = await api.gql(
      'query($f: ScheduledMessagesFilter) { scheduledMessages(first: 10, filter: $f) { totalCount edges { node { id author { email } } } } }',
      { f: { dueFrom: inSeconds(3000), dueBefore: inSeconds(4000) } },
      manager,
    );
    expect(nodes(list.data.scheduledMessages)).toEqual([{ id: scheduled.id, author: { email: 'anna@demo.test' } }]);
    const byOther: any = await api.gql('query($f: ScheduledMessagesFilter) { scheduledMessages(filter: $f) { totalCount } }', { f: { authorId: (await api.gql('{ me { operator { id } } }', {}, manager) as any).data.me.operator.id } }, manager);
    expect(byOther.data.scheduledMessages.totalCount).toBe(0);
    await change('cancelScheduledMessage', { messageId: scheduled.id });
  });
});

describe('at the due time', () => {
  it('a client blocked meanwhile gets nothing: FAILED, saying why', async () => {
    const scheduled = (await schedule({ conversationId, text: 'For a blocked client', sendAt: inSeconds(2) })).data.scheduleMessage.message;
    await api.gql('mutation($i: ClientInput!) { blockClient(input: $i) { userErrors { code } } }', { i: { clientId } }, manager);
    try {
      const failed = await eventually(async () => ((await message(scheduled.id)).status === 'FAILED' ? message(scheduled.id) : null));
      expect(failed.failureReason).toBe('The client is blocked: nothing was sent.');
      expect(sends.has(idOf('Message', scheduled.id)!)).toBe(false);
    } finally {
      await api.gql('mutation($i: ClientInput!) { unblockClient(input: $i) { userErrors { code } } }', { i: { clientId } }, manager);
    }
  });

  it('a worker stopped while the timer is pending, and back after the due time, sends it exactly once', async () => {
    const scheduled = (await schedule({ conversationId, text: 'Survives a restart', sendAt: inSeconds(3) })).data.scheduleMessage.message;
    await settle(500);
    await worker!.stop();
    await settle(4000);
    expect((await message(scheduled.id)).status).toBe('SCHEDULED');
    await runWorker();
    await sentOnce(scheduled.id);
    await settle(1000);
    expect(sends.get(idOf('Message', scheduled.id)!)).toBe(1);
  });

  it('Send now at the very moment the timer fires sends once', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) ids.push((await schedule({ conversationId, text: `Race ${n}`, sendAt: inSeconds(2) })).data.scheduleMessage.message.id);
    await settle(Math.max(0, 2000 - 150));
    await Promise.all(ids.map((id) => change('sendScheduledMessageNow', { messageId: id })));
    for (const id of ids) await sentOnce(id);
    await settle(1000);
    for (const id of ids) expect(sends.get(idOf('Message', id)!)).toBe(1);
  });
});
