import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, startTestApi, type TestApi } from '../../../../test/harness.ts';
import { select, selectOne } from '../../../db/rows.ts';
import { idOf, toGlobalId } from '../../../graphql/global-id.ts';
import { createDrivers } from '../drivers.ts';
import { inboundRunner } from '../../inbound/inbound-runner.ts';
import { driverChannel } from '../../channels.ts';
import { telegramDriver } from './telegram.driver.ts';
import { startFakeTelegram, type FakeTelegram } from './testing/fake-telegram.ts';

// The Telegram channel end to end against a Bot API emulator (testing/fake-telegram.ts): connecting with a token,
// long polling and webhooks, files both ways, replies, edits and deletions, refusals, duplicates and restarts.

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 1)]);
const ivan = { id: 5550001, first_name: 'Иван', last_name: 'Петров', username: 'ivan_p' };
const maria = { id: 5550002, first_name: 'Мария' };

const connect = `mutation($input: CreateChannelInput!) {
  createChannel(input: $input) { channel { id name kind status webhookUrl settings { name value } health { connectedAt lastError } capabilities { maxTextLength editWithinSeconds media } } userErrors { reason message } }
}`;

type Mode = { webhooks: boolean };

function suite(mode: Mode) {
  let api: TestApi;
  let fake: FakeTelegram;
  let owner: string;
  let channelId: string;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    api = await startTestApi({
      webhooks: mode.webhooks,
      listeners: true,
      drivers: (app) => ({ ...createDrivers(app), TELEGRAM: telegramDriver({ apiRoot: fake.root, pollTimeoutSeconds: 1 }) }),
    });
    await api.seed({ clients: 1 });
    owner = await api.login('owner@demo.test', 'demo-owner');
  });
  afterAll(async () => {
    await api?.stop();
    await fake?.stop();
  });

  const messagesOf = (platformId: number) =>
    select<{ id: string; text: string; direction: string; status: string; externalId: string; failureCode: string | null; failureReason: string | null }>(
      api.app.orm.em.fork(),
      `select m.id, m.text, m.direction, m.status, m.external_id, m.failure_code, m.failure_reason from message m join conversation c on c.id = m.conversation_id
         join client_channel cc on cc.id = c.client_channel_id where cc.platform_id = ? order by m.created_at, m.id`,
      [String(platformId)],
    );
  const conversationOf = async (platformId: number) =>
    (await selectOne<{ id: string }>(api.app.orm.em.fork(), 'select c.id from conversation c join client_channel cc on cc.id = c.client_channel_id where cc.platform_id = ?', [String(platformId)]))!.id;
  const reply = async (platformId: number, text: string) => {
    const result: any = await api.gql('mutation($c: ID!, $t: String!) { sendMessage(input: { conversationId: $c, text: $t }) { message { id } userErrors { code } } }', {
      c: toGlobalId('Conversation', await conversationOf(platformId)),
      t: text,
    }, owner);
    expect(result.data?.sendMessage.userErrors ?? result).toEqual([]);
    return idOf('Message', result.data.sendMessage.message.id as string)!;
  };

  it('connects with a bot token checked by getMe, refusing a wrong one and storing nothing', async () => {
    const wrong: any = await api.gql(connect, { input: { kind: 'TELEGRAM', fields: [{ name: 'token', value: '999:AAWrongTokenWrongTokenWrongToken' }] } }, owner);
    expect(wrong.data.createChannel.userErrors[0]).toMatchObject({ reason: 'CHANNEL_CONNECT_FAILED' });
    const missing: any = await api.gql(connect, { input: { kind: 'TELEGRAM', fields: [] } }, owner);
    expect(missing.data.createChannel.userErrors[0]).toMatchObject({ reason: 'CHANNEL_FIELD_MISSING' });
    expect((await select(api.app.orm.em.fork(), `select id from channel where kind = 'TELEGRAM'`)).length).toBe(0);

    const result: any = await api.gql(connect, { input: { kind: 'TELEGRAM', fields: [{ name: 'token', value: fake.token }] } }, owner);
    const channel = result.data.createChannel.channel;
    expect(channel).toMatchObject({ name: 'Shop', kind: 'TELEGRAM', status: 'ACTIVE', capabilities: { maxTextLength: 4096, editWithinSeconds: 48 * 3600 } });
    expect(channel.settings).toContainEqual({ name: 'username', value: 'shop_bot' });
    channelId = channel.id;
    // The token is encrypted at rest and never in an answer.
    expect(JSON.stringify(result)).not.toContain(fake.token);
    const row = await selectOne<{ secrets: string }>(api.app.orm.em.fork(), 'select secrets from channel where kind = ?', ['TELEGRAM']);
    expect(row!.secrets).not.toContain(fake.token.split(':')[1]);
    if (mode.webhooks) {
      expect(channel.webhookUrl).toMatch(/\/hooks\//);
      expect(fake.webhook).toMatchObject({ url: expect.stringContaining('/hooks/'), secret: expect.any(String) });
    } else expect(fake.webhook.url).toBeNull();
  });

  it('brings a user’s text and photo into the inbox live, as a new client with their name and /start tag', async () => {
    const live = collect(api.socket({ authorization: owner }), 'subscription { inboxEvents { kind conversation { id } message { text } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await fake.userSends(ivan, { text: '/start ad-spring' });
    await fake.userSends(ivan, { text: 'Вот фото заказа', photo: jpeg });
    await live.next(2);
    const messages = await eventually(async () => {
      const rows = await messagesOf(ivan.id);
      return rows.length === 2 && rows;
    });
    expect(messages.map((m) => [m.direction, m.text])).toEqual([
      ['INBOUND', '/start ad-spring'],
      ['INBOUND', 'Вот фото заказа'],
    ]);
    const client = await selectOne<{ name: string; utmTag: string }>(
      api.app.orm.em.fork(),
      `select cl.name, cl.utm_tag from client cl join client_channel cc on cc.client_id = cl.id where cc.platform_id = ?`,
      [String(ivan.id)],
    );
    expect(client).toEqual({ name: 'Иван Петров', utmTag: 'ad-spring' });
    const file = await selectOne<{ kind: string; size: number }>(api.app.orm.em.fork(), 'select kind, size::int from file where message_id = ?', [messages[1]!.id]);
    expect(file).toEqual({ kind: 'IMAGE', size: jpeg.length });
    live.dispose();
  });

  it('sends the operator’s reply and files to the user, edits and deletes it within 48 hours, and refuses past it', async () => {
    const id = await reply(ivan.id, 'Заказ принят');
    await eventually(async () => fake.chat(ivan.id).some((m) => m.text === 'Заказ принят'));
    const sent = await eventually(async () => (await messagesOf(ivan.id)).find((m) => m.id === id && m.status === 'SENT'));
    expect(Number(sent.externalId)).toBe(fake.chat(ivan.id).find((m) => m.text === 'Заказ принят')!.message_id);

    const edit: any = await api.gql('mutation($i: EditMessageInput!) { editMessage(input: $i) { message { text } userErrors { reason } } }', {
      i: { messageId: toGlobalId('Message', id), text: 'Заказ принят, ждите звонка' },
    }, owner);
    expect(edit.data.editMessage.userErrors).toEqual([]);
    expect(fake.chat(ivan.id).find((m) => m.message_id === Number(sent.externalId))).toMatchObject({ text: 'Заказ принят, ждите звонка', edited: true });

    await api.gql('mutation($i: MessageInput!) { deleteMessage(input: $i) { message { id } } }', { i: { messageId: toGlobalId('Message', id) } }, owner);
    expect(fake.chat(ivan.id).find((m) => m.message_id === Number(sent.externalId))!.deleted).toBe(true);

    const late = await reply(ivan.id, 'Старое сообщение');
    await eventually(async () => (await messagesOf(ivan.id)).find((m) => m.id === late && m.status === 'SENT'));
    await api.app.orm.em.fork().execute(`update message set sent_at = now() - interval '49 hours' where id = ?`, [late]);
    const refused: any = await api.gql('mutation($i: EditMessageInput!) { editMessage(input: $i) { userErrors { reason } } }', {
      i: { messageId: toGlobalId('Message', late), text: 'Поздно' },
    }, owner);
    expect(refused.data.editMessage.userErrors).toEqual([{ reason: 'MESSAGE_EDIT_TOO_LATE' }]);
    expect(fake.chat(ivan.id).find((m) => m.text === 'Поздно')).toBeUndefined();
  });

  it('shows a process block’s buttons as a one-time reply keyboard', async () => {
    const channel = (await selectOne<{ id: string; projectId: string; config: Record<string, string>; secrets: string }>(api.app.orm.em.fork(), `select id, project_id, config, secrets from channel where kind = 'TELEGRAM'`))!;
    await api.app.channels.drivers.TELEGRAM!.send({
      messageId: 'buttons-1',
      text: 'Как вам удобнее получить заказ?',
      buttons: ['Курьером', 'Самовывоз'],
      channel: driverChannel(api.app, channel),
      clientChannelId: '',
      platformId: String(ivan.id),
    });
    expect(fake.chat(ivan.id).at(-1)).toMatchObject({
      text: 'Как вам удобнее получить заказ?',
      reply_markup: { keyboard: [[{ text: 'Курьером' }], [{ text: 'Самовывоз' }]], one_time_keyboard: true },
    });
  });

  it('takes the user’s own edit of their message', async () => {
    const { update } = await fake.userSends(maria, { text: 'Хочу 2 штуки' });
    await eventually(async () => (await messagesOf(maria.id)).length === 1);
    await fake.userEdits(maria, (update.message as { message_id: number }).message_id, 'Хочу 3 штуки');
    await eventually(async () => (await messagesOf(maria.id))[0]!.text === 'Хочу 3 штуки');
  });

  it('retries while Telegram is down and sends once when it is back', async () => {
    fake.setDown(true);
    const id = await reply(maria.id, 'Пока Telegram лежал');
    await eventually(async () => fake.calls.filter((call) => call.method === 'sendMessage' && call.params.text === 'Пока Telegram лежал').length >= 2, 20_000);
    fake.setDown(false);
    await eventually(async () => (await messagesOf(maria.id)).find((m) => m.id === id && m.status === 'SENT'), 20_000);
    expect(fake.chat(maria.id).filter((m) => m.text === 'Пока Telegram лежал')).toHaveLength(1);
  });

  it('fails a reply to a user who blocked the bot with words for the operator, and marks them unreachable there', async () => {
    fake.block(maria.id);
    const id = await reply(maria.id, 'Вы нас заблокировали?');
    const failed = await eventually(async () => (await messagesOf(maria.id)).find((m) => m.id === id && m.status === 'FAILED'));
    expect(failed).toMatchObject({ failureCode: 'CLIENT_BLOCKED_BOT', failureReason: 'The client blocked the bot or left the chat.' });
    const identity = await selectOne<{ clientId: string }>(api.app.orm.em.fork(), 'select client_id from client_channel where platform_id = ?', [String(maria.id)]);
    const card: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Client { channels { platformId unreachableAt } } } }', { id: toGlobalId('Client', identity!.clientId) }, owner);
    expect(card.data.node.channels).toEqual([{ platformId: String(maria.id), unreachableAt: expect.any(String) }]);
    // Nothing more is tried there: the next reply is refused in words before it is stored.
    const conversation = toGlobalId('Conversation', await conversationOf(maria.id));
    const refused: any = await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Ещё раз" }) { userErrors { reason } } }', { c: conversation }, owner);
    expect(refused.data.sendMessage.userErrors).toEqual([{ reason: 'MESSAGE_CLIENT_UNREACHABLE' }]);
  });

  it('learns from my_chat_member that a user blocked the bot: unreachable before any send, the card told live; a restart makes them reachable', async () => {
    const petr = { id: 5550005, first_name: 'Пётр' };
    await fake.userSends(petr, { text: 'Здравствуйте' });
    await eventually(async () => (await messagesOf(petr.id)).length === 1);
    const identity = (await selectOne<{ clientId: string }>(api.app.orm.em.fork(), 'select client_id from client_channel where platform_id = ?', [String(petr.id)]))!;
    const clientId = toGlobalId('Client', identity.clientId);
    const card = collect(api.socket({ authorization: owner }), 'subscription($id: ID!) { clientUpdated(clientId: $id) { client { name channels { platformId unreachableAt } } } }', { id: clientId });
    // Listening once a change of ours arrives (each try another name: the same one would change nothing).
    let tries = 0;
    await eventually(async () => {
      await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { reason } } }', { i: { clientId, name: `Пётр ${++tries}` } }, owner);
      return card.received.length > 0;
    });
    // The card's latest answer: the client's channel as the card shows it.
    const shown = () => (card.received.at(-1)?.data as any)?.clientUpdated.client.channels[0];
    const unreachableAt = async () => (await selectOne<{ at: Date | null }>(api.app.orm.em.fork(), 'select unreachable_at as at from client_channel where platform_id = ?', [String(petr.id)]))!.at;

    const { update } = await fake.userBlocksBot(petr);
    // Telegram repeats an update whose answer it did not get: kept once.
    await fake.deliver(update);
    await eventually(async () => (await unreachableAt()) !== null);
    expect(await eventually(async () => shown()?.unreachableAt && shown())).toEqual({ platformId: String(petr.id), unreachableAt: expect.any(String) });
    expect(await select(api.app.orm.em.fork(), 'select id from inbound_event where key = ?', [`update:${update.update_id}`])).toHaveLength(1);
    // The reply is refused in words before it is stored, and Telegram is not even asked.
    const conversation = toGlobalId('Conversation', await conversationOf(petr.id));
    const refused: any = await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Вы тут?" }) { userErrors { reason } } }', { c: conversation }, owner);
    expect(refused.data.sendMessage.userErrors).toEqual([{ reason: 'MESSAGE_CLIENT_UNREACHABLE' }]);
    expect(fake.calls.filter((call) => call.method === 'sendMessage' && String(call.params.chat_id) === String(petr.id))).toEqual([]);

    await fake.userRestartsBot(petr);
    await eventually(async () => (await unreachableAt()) === null);
    await eventually(async () => shown()?.unreachableAt === null);
    await reply(petr.id, 'С возвращением');
    await eventually(async () => fake.chat(petr.id).some((m) => m.text === 'С возвращением'));
    card.dispose();
  });

  if (mode.webhooks) {
    it('stores a webhook delivered twice once, and refuses a call without the secret, storing nothing', async () => {
      const { update, status } = await fake.userSends({ id: 5550003, first_name: 'Олег' }, { text: 'Дважды' });
      expect(status).toBe(200);
      expect(await fake.deliver(update)).toBe(200);
      await eventually(async () => (await messagesOf(5550003)).length === 1);
      const events = await select(api.app.orm.em.fork(), `select id from inbound_event where key = ?`, [`update:${update.update_id}`]);
      expect(events).toHaveLength(1);

      const forged = { update_id: 999_999, message: { message_id: 1, date: 1, from: { id: 666, first_name: 'Evil', is_bot: false }, chat: { id: 666, type: 'private' }, text: 'forged' } };
      expect(await fake.deliver(forged, { secret: 'not-the-secret' })).toBe(401);
      const noSecret = await fetch(fake.webhook.url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) });
      expect(noSecret.status).toBe(401);
      expect(await select(api.app.orm.em.fork(), `select id from inbound_event where key = 'update:999999'`)).toHaveLength(0);
      expect(await messagesOf(666)).toHaveLength(0);
    });
  } else {
    it('resumes long polling after a restart without losing or repeating a message', async () => {
      const olga = { id: 5550004, first_name: 'Ольга' };
      await fake.userSends(olga, { text: 'До остановки' });
      await eventually(async () => (await messagesOf(olga.id)).length === 1);
      await api.app.inbound.stop();
      await fake.userSends(olga, { text: 'Пока стояли 1' });
      await fake.userSends(olga, { text: 'Пока стояли 2', document: { name: 'прайс.png', mime: 'image/png', bytes: png } });
      expect(fake.pending()).toBeGreaterThanOrEqual(2);
      api.app.inbound = inboundRunner(api.app, { tickMs: 500 });
      api.app.inbound.start();
      const texts = await eventually(async () => {
        const rows = await messagesOf(olga.id);
        return rows.length >= 3 && rows.map((m) => m.text);
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(JSON.stringify((await messagesOf(olga.id)).map((m) => m.text))).toBe(JSON.stringify(['До остановки', 'Пока стояли 1', 'Пока стояли 2']));
      expect(texts).toHaveLength(3);
      const health: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Channel { health { connectedAt lastInboundAt lastError } } } }', { id: channelId }, owner);
      expect(health.data.node.health).toMatchObject({ connectedAt: expect.any(String), lastInboundAt: expect.any(String), lastError: null });
    });
  }
}

describe('Telegram by long polling', () => suite({ webhooks: false }));
describe('Telegram by webhook', () => suite({ webhooks: true }));
