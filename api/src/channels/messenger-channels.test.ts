import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { createDrivers } from './drivers/drivers.ts';
import { purgeProcessedInboundEvents } from './inbound/inbound.service.ts';
import { telegramDriver } from './drivers/telegram/telegram.driver.ts';
import { startFakeTelegram, type FakeTelegram } from './drivers/telegram/testing/fake-telegram.ts';
import { whatsappDriver } from './drivers/whatsapp/whatsapp.driver.ts';
import { FakeWhatsApp } from './drivers/whatsapp/testing/fake-whatsapp.ts';
import { vkDriver } from './drivers/vk/vk.driver.ts';
import { FakeVk } from './drivers/vk/testing/fake-vk.ts';

// Messengers in one inbox, through the shared parts: WhatsApp webhooks (signed) and statuses, its 24-hour
// window refused before anything is stored, one client on Telegram and WhatsApp (the shared phone suggests
// uniting them), the chat window's switch between their channels, a paused channel, a VK user forbidding the
// community's messages, and two WhatsApp numbers of one Meta app.

let api: TestApi;
let telegram: FakeTelegram;
let whatsapp: FakeWhatsApp;
let vk: FakeVk;
let vkChannel: string;
let owner: string;
let waChannel: string;
let tgChannel: string;
const phone = '79161234567';

beforeAll(async () => {
  telegram = await startFakeTelegram();
  whatsapp = new FakeWhatsApp();
  await whatsapp.start();
  vk = new FakeVk();
  await vk.start();
  api = await startTestApi({
    webhooks: true,
    listeners: true,
    drivers: (app) => ({
      ...createDrivers(app),
      TELEGRAM: telegramDriver({ apiRoot: telegram.root, pollTimeoutSeconds: 1 }),
      WHATSAPP: whatsappDriver({ apiRoot: whatsapp.apiRoot }),
      VK: vkDriver({ apiRoot: vk.apiRoot }),
    }),
  });
  await api.seed({ clients: 1 });
  owner = await api.login('owner@demo.test', 'demo-owner');
  const connect = async (kind: string, fields: Record<string, string>) => {
    const result: any = await api.gql('mutation($input: CreateChannelInput!) { createChannel(input: $input) { channel { id webhookUrl } userErrors { message } } }', {
      input: { kind, fields: Object.entries(fields).map(([name, value]) => ({ name, value })) },
    }, owner);
    expect(result.data.createChannel.userErrors).toEqual([]);
    return result.data.createChannel.channel as { id: string; webhookUrl: string };
  };
  waChannel = (
    await connect('WHATSAPP', { phoneNumberId: whatsapp.phoneNumberId, businessAccountId: whatsapp.businessAccountId, accessToken: whatsapp.token, appSecret: whatsapp.appSecret })
  ).id;
  tgChannel = (await connect('TELEGRAM', { token: telegram.token })).id;
  vkChannel = (await connect('VK', { groupId: String(vk.groupId), accessToken: vk.token, callbackSecret: vk.secret })).id;
});
afterAll(async () => {
  await api?.stop();
  await telegram?.stop();
  await whatsapp?.stop();
  await vk?.stop();
});

/** Meta calls our webhook with a signed notification (or a wrongly signed one). */
const metaCalls = async (value: Record<string, unknown>, secret?: string) => {
  const request = whatsapp.webhookPost(whatsapp.notification(value), secret ? { secret } : {});
  const response = await fetch(`${api.url}/hooks/${idOf('Channel', waChannel)}`, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body) });
  return response.status;
};
const customerWrites = (id: string, text: string, secret?: string) =>
  metaCalls(
    {
      contacts: [{ profile: { name: 'Анна Смирнова' }, wa_id: phone }],
      messages: [{ from: phone, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
    },
    secret,
  );
const conversationOf = async (kind: string) =>
  (await selectOne<{ id: string; clientId: string }>(
    api.app.orm.em.fork(),
    `select c.id, c.client_id from conversation c join channel ch on ch.id = c.channel_id where ch.kind = ? order by c.created_at limit 1`,
    [kind],
  ))!;
/** What the conversation says of a reply before it is sent (Conversation.replyRefusal). */
const refusalOf = async (conversationId: string) =>
  ((await api.gql('query($id: ID!) { conversation(id: $id) { replyRefusal } }', { id: toGlobalId('Conversation', conversationId) }, owner)) as any).data.conversation.replyRefusal;
const reply = async (conversationId: string, text: string) =>
  (await api.gql('mutation($c: ID!, $t: String!) { sendMessage(input: { conversationId: $c, text: $t }) { message { id status } userErrors { reason } } }', {
    c: toGlobalId('Conversation', conversationId),
    t: text,
  }, owner)) as any;

it('takes a signed WhatsApp message, refuses a forged one, and shows the statuses Meta reports on the reply', async () => {
  expect(await customerWrites('wamid.A1', 'Здравствуйте, заказ 5512 где?')).toBe(200);
  expect(await customerWrites('wamid.A1', 'Здравствуйте, заказ 5512 где?')).toBe(200);
  expect(await customerWrites('wamid.FORGED', 'forged', 'wrong-secret')).toBe(401);
  const conversation = await eventually(async () => (await conversationOf('WHATSAPP')) ?? null);
  const texts = () => select<{ text: string }>(api.app.orm.em.fork(), 'select text from message where conversation_id = ? order by created_at', [conversation.id]);
  await eventually(async () => (await texts()).length === 1);
  expect((await texts()).map((m) => m.text)).toEqual(['Здравствуйте, заказ 5512 где?']);

  const sent = await reply(conversation.id, 'Заказ уже в пути');
  const id = idOf('Message', sent.data.sendMessage.message.id)!;
  await eventually(async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [id]))!.status === 'SENT');
  const wamid = (await selectOne<{ externalId: string }>(api.app.orm.em.fork(), 'select external_id from message where id = ?', [id]))!.externalId;
  expect(whatsapp.messages.at(-1)).toMatchObject({ to: phone, type: 'text', text: { body: 'Заказ уже в пути' } });
  for (const status of ['delivered', 'read']) {
    await metaCalls({ statuses: [{ id: wamid, status, timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: phone }] });
  }
  await eventually(async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [id]))!.status === 'READ');
  // WhatsApp takes no edits: the message menu does not offer one.
  const menu: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Message { viewerCanEdit viewerCanDelete } } }', { id: toGlobalId('Message', id) }, owner);
  expect(menu.data.node).toEqual({ viewerCanEdit: false, viewerCanDelete: true });
});

it('refuses a WhatsApp reply past the 24-hour window before storing it', async () => {
  const conversation = (await conversationOf('WHATSAPP'))!;
  await api.app.orm.em.fork().execute(`update message set created_at = now() - interval '25 hours' where conversation_id = ? and direction = 'INBOUND'`, [conversation.id]);
  const before = await select(api.app.orm.em.fork(), 'select id from message where conversation_id = ?', [conversation.id]);
  const refused = await reply(conversation.id, 'Спустя сутки');
  expect(refused.data.sendMessage).toEqual({ message: null, userErrors: [{ reason: 'MESSAGE_OUTSIDE_REPLY_WINDOW' }] });
  expect(await select(api.app.orm.em.fork(), 'select id from message where conversation_id = ?', [conversation.id])).toHaveLength(before.length);
  // An approved template is what WhatsApp takes now: listed on the channel, filled, sent as a template.
  whatsapp.templates = [
    { name: 'order_status', language: 'ru', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Заказ {{1}}: {{2}}' }] },
  ];
  const listed: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Channel { templates { name language text parameters } } } }', { id: waChannel }, owner);
  expect(listed.data.node.templates).toEqual([{ name: 'order_status', language: 'ru', text: 'Заказ {{1}}: {{2}}', parameters: 2 }]);
  const sendTemplate = (parameters: string[]) =>
    api.gql('mutation($c: ID!, $t: MessageTemplateInput!) { sendMessage(input: { conversationId: $c, text: "", template: $t }) { message { id text } userErrors { reason } } }', {
      c: toGlobalId('Conversation', conversation.id),
      t: { name: 'order_status', language: 'ru', parameters },
    }, owner) as Promise<any>;
  expect((await sendTemplate(['5512'])).data.sendMessage.userErrors).toEqual([{ reason: 'MESSAGE_TEMPLATE_PARAMETERS' }]);
  const templated = (await sendTemplate(['5512', 'передан курьеру'])).data.sendMessage;
  expect(templated).toMatchObject({ message: { text: 'Заказ 5512: передан курьеру' }, userErrors: [] });
  await eventually(async () => whatsapp.messages.some((body) => body.type === 'template'));
  expect(whatsapp.messages.find((body) => body.type === 'template')).toMatchObject({ to: phone, template: { name: 'order_status', language: { code: 'ru' } } });
  // The client writes again: the window opens again.
  await customerWrites('wamid.A2', 'Ау?');
  await eventually(async () => (await reply(conversation.id, 'Снова на связи')).data.sendMessage.userErrors.length === 0);
});

it('suggests uniting a Telegram client who shares a phone with the WhatsApp one, and switches between their channels once united', async () => {
  await telegram.userSends({ id: 4440001, first_name: 'Анна' }, { text: 'Это я же, из Telegram' });
  const tg = await eventually(async () => (await conversationOf('TELEGRAM')) ?? null);
  const wa = (await conversationOf('WHATSAPP'))!;
  // Telegram gave no phone: the operator records it on the card, as in seed 004, and the suggestion appears.
  await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { reason } } }', { i: { clientId: toGlobalId('Client', tg.clientId), phone: `+${phone}` } }, owner);
  const card: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Client { duplicates { id } } } }', { id: toGlobalId('Client', wa.clientId) }, owner);
  expect(card.data.node.duplicates).toEqual([{ id: toGlobalId('Client', tg.clientId) }]);
  const united: any = await api.gql('mutation($i: MergeClientsInput!) { mergeClients(input: $i) { userErrors { reason } } }', {
    i: { survivorId: toGlobalId('Client', wa.clientId), mergedId: toGlobalId('Client', tg.clientId) },
  }, owner);
  expect(united.data.mergeClients.userErrors).toEqual([]);

  const identities: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Client { channels { id channel { kind } } } } }', { id: toGlobalId('Client', wa.clientId) }, owner);
  const telegramIdentity = identities.data.node.channels.find((identity: { channel: { kind: string } }) => identity.channel.kind === 'TELEGRAM');
  const opened: any = await api.gql('mutation($i: OpenClientChannelInput!) { openClientChannel(input: $i) { conversation { id channel { kind } } userErrors { reason } } }', {
    i: { clientChannelId: telegramIdentity.id },
  }, owner);
  expect(opened.data.openClientChannel.conversation.channel.kind).toBe('TELEGRAM');
  const sent = await reply(idOf('Conversation', opened.data.openClientChannel.conversation.id)!, 'Ответ в Telegram');
  expect(sent.data.sendMessage.userErrors).toEqual([]);
  await eventually(async () => telegram.chat(4440001).some((message) => message.text === 'Ответ в Telegram'));
});

it('refuses replies on a paused channel and takes them again once resumed', async () => {
  const tg = (await conversationOf('TELEGRAM'))!;
  await api.gql('mutation($i: ChannelInput!) { pauseChannel(input: $i) { channel { status } } }', { i: { channelId: tgChannel } }, owner);
  expect((await reply(tg.id, 'На паузе')).data.sendMessage.userErrors).toEqual([{ reason: 'MESSAGE_CHANNEL_NOT_ACTIVE' }]);
  expect(await refusalOf(tg.id)).toBe('CHANNEL_NOT_ACTIVE');
  await api.gql('mutation($i: ChannelInput!) { resumeChannel(input: $i) { channel { status } } }', { i: { channelId: tgChannel } }, owner);
  expect(await refusalOf(tg.id)).toBeNull();
  expect((await reply(tg.id, 'Снова работаем')).data.sendMessage.userErrors).toEqual([]);
});

it('takes a VK user denying the community’s messages: unreachable before any send, then reachable once they allow them; their reading a reply shows live', async () => {
  const user = 51_734_892;
  const callback = async (update: object) => {
    const request = vk.callback(update);
    return (await fetch(`${api.url}/hooks/${idOf('Channel', vkChannel)}`, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body) })).status;
  };
  const unreachableAt = async () => (await selectOne<{ at: Date | null }>(api.app.orm.em.fork(), 'select unreachable_at as at from client_channel where platform_id = ?', [String(user)]))!.at;
  expect(await callback(vk.event('message_new', vk.message({ from: user, text: 'Привет из VK' })))).toBe(200);
  const conversation = await eventually(async () => (await conversationOf('VK')) ?? null);

  const deny = vk.userDenies(user);
  expect(await callback(deny)).toBe(200);
  expect(await callback(deny)).toBe(200);
  await eventually(async () => (await unreachableAt()) !== null);
  expect(await select(api.app.orm.em.fork(), 'select id from inbound_event where key = ?', [`permission:${deny.event_id}`])).toHaveLength(1);
  expect((await reply(conversation.id, 'Вы тут?')).data.sendMessage.userErrors).toEqual([{ reason: 'MESSAGE_CLIENT_UNREACHABLE' }]);
  expect(await refusalOf(conversation.id)).toBe('CLIENT_UNREACHABLE');

  expect(await callback(vk.userAllows(user))).toBe(200);
  await eventually(async () => (await unreachableAt()) === null);
  expect(await refusalOf(conversation.id)).toBeNull();
  const inbox = collect<{ inboxEvents: { kind: string; message: { id: string; status: string } | null } }>(
    api.socket({ authorization: owner }),
    'subscription { inboxEvents { kind message { id status } } }',
  );
  await settle();
  const answer = idOf('Message', (await reply(conversation.id, 'Снова на связи')).data.sendMessage.message.id)!;
  const sent = await eventually(async () => vk.sent.find((sent) => sent.params.message === 'Снова на связи'));
  await eventually(async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [answer]))!.status === 'SENT');

  // The user read it: the reply shows READ, in the inbox at once.
  expect(await callback(vk.event('message_read', { from_id: user, peer_id: user, read_message_id: sent.id, conversation_message_id: sent.id - 900 }))).toBe(200);
  const events = () => inbox.received.map(({ data }) => data!.inboxEvents).filter((event) => event.message && idOf('Message', event.message.id) === answer);
  await eventually(async () => events().length === 3);
  await settle();
  expect(events().map((event) => event.kind)).toEqual(['MESSAGE_ADDED', 'MESSAGE_STATUS_CHANGED', 'MESSAGE_STATUS_CHANGED']);
  expect(events().at(-1)!.message!.status).toBe('READ');
  inbox.dispose();
});

it('answers a webhook to a channel paused a moment ago with 503 and stores nothing, and takes it once resumed', async () => {
  const hook = async (text: string) => {
    const request = vk.callback(vk.event('message_new', vk.message({ from: 51_734_893, text })));
    return (await fetch(`${api.url}/hooks/${idOf('Channel', vkChannel)}`, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body) })).status;
  };
  const stored = async (text: string) => (await select(api.app.orm.em.fork(), `select id from inbound_event where event->>'text' = ?`, [text])).length;
  // The channel is known to the webhook path (kept for a moment) before it is paused.
  expect(await hook('Перед паузой')).toBe(200);
  await api.gql('mutation($i: ChannelInput!) { pauseChannel(input: $i) { channel { status } } }', { i: { channelId: vkChannel } }, owner);
  expect(await hook('Во время паузы')).toBe(503);
  expect(await stored('Во время паузы')).toBe(0);
  await api.gql('mutation($i: ChannelInput!) { resumeChannel(input: $i) { channel { status } } }', { i: { channelId: vkChannel } }, owner);
  expect(await hook('После паузы')).toBe(200);
  expect(await stored('После паузы')).toBe(1);
});

it('forgets processed events after a week, keeping newer ones (their keys still drop repeats)', async () => {
  const em = api.app.orm.em.fork();
  const all = await select<{ id: string }>(em, 'select id from inbound_event where processed_at is not null');
  expect(all.length).toBeGreaterThan(2);
  await em.execute(`update inbound_event set processed_at = now() - interval '8 days' where id = ?`, [all[0]!.id]);
  expect(await purgeProcessedInboundEvents(em)).toBe(1);
  // An event of an earlier test may be processed meanwhile: the others are all still there, the old one gone.
  const left = (await select<{ id: string }>(em, 'select id from inbound_event where processed_at is not null')).map(({ id }) => id);
  expect(left).not.toContain(all[0]!.id);
  expect(left).toEqual(expect.arrayContaining(all.slice(1).map(({ id }) => id)));
});

it('gives each WhatsApp number of one Meta app its own channel through its webhook override (or from the app’s address), and takes it back on disconnect', async () => {
  const hookOf = (channelId: string) => `${api.url}/hooks/${idOf('Channel', channelId)}`;
  // The operator had typed the first channel's address as the app's callback URL in Meta's console.
  whatsapp.appCallbackUrl = hookOf(waChannel);
  expect(whatsapp.numbers.get(whatsapp.phoneNumberId)!.override).toEqual({ uri: hookOf(waChannel), verifyToken: expect.any(String) });
  const connectNumber = async (phoneNumberId: string, appSecret = whatsapp.appSecret) =>
    ((await api.gql('mutation($input: CreateChannelInput!) { createChannel(input: $input) { channel { id } userErrors { reason message } } }', {
      input: {
        kind: 'WHATSAPP',
        fields: Object.entries({ phoneNumberId, businessAccountId: whatsapp.businessAccountId, accessToken: whatsapp.token, appSecret }).map(([name, value]) => ({ name, value })),
      },
    }, owner)) as any).data.createChannel;
  const sales = whatsapp.addNumber('Acme Sales', '+1 555-078-3882');
  const connected = await connectNumber(sales);
  expect(connected.userErrors).toEqual([]);
  const salesChannel = connected.channel.id as string;
  // Meta checked the address with the channel's verify token before it took it.
  expect(whatsapp.verifications.at(-1)).toEqual({ url: hookOf(salesChannel), status: 200 });
  expect(whatsapp.numbers.get(sales)!.override?.uri).toBe(hookOf(salesChannel));

  const writes = (number: string, from: string, id: string, text: string) =>
    whatsapp.deliver(number, { contacts: [{ profile: { name: 'Клиент' }, wa_id: from }], messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }] });
  const inbox = async (channelId: string) =>
    (await select<{ text: string }>(api.app.orm.em.fork(), 'select m.text from message m join conversation c on c.id = m.conversation_id where c.channel_id = ? order by m.created_at', [idOf('Channel', channelId)])).map((m) => m.text);
  expect(await writes(sales, '79035550101', 'wamid.S1', 'Хочу купить')).toBe(200);
  expect(await writes(whatsapp.phoneNumberId, '79035550102', 'wamid.P1', 'Нужна помощь')).toBe(200);
  await eventually(async () => (await inbox(salesChannel)).length === 1 && (await inbox(waChannel)).includes('Нужна помощь'));
  expect(await inbox(salesChannel)).toEqual(['Хочу купить']);
  expect(await inbox(waChannel)).not.toContain('Хочу купить');

  // Meta refusing the override fails the connect in words, and nothing is kept.
  const returns = whatsapp.addNumber('Acme Returns', '+1 555-078-3883');
  whatsapp.overrideFailures.push({ status: 400, error: { message: '(#2200) Callback verification failed with the following errors: HTTP Status Code = 502', code: 2200 } });
  const refused = await connectNumber(returns);
  expect(refused).toEqual({
    channel: null,
    userErrors: [
      {
        reason: 'CHANNEL_CONNECT_FAILED',
        message: `The channel could not be connected: WhatsApp did not let phone number id ${returns} deliver to this channel's webhook address: (#2200) Callback verification failed with the following errors: HTTP Status Code = 502.`,
      },
    ],
  });
  expect(await select(api.app.orm.em.fork(), `select id from channel where config->>'phoneNumberId' = ?`, [returns])).toEqual([]);

  // The override removed by hand in Meta's console: the number's events reach the app's callback URL (the first
  // channel's address), which hands them on to the number's own channel (checked with its app secret).
  whatsapp.numbers.get(sales)!.override = null;
  expect(await writes(sales, '79035550101', 'wamid.S3', 'Через адрес приложения')).toBe(200);
  await eventually(async () => (await inbox(salesChannel)).includes('Через адрес приложения'));
  expect(await inbox(waChannel)).not.toContain('Через адрес приложения');

  // A channel whose app secret is not the one that signed the call is not handed it: another app cannot write there.
  const other = whatsapp.addNumber('Acme Other', '+1 555-078-3884');
  expect((await connectNumber(other, 'another-apps-secret')).userErrors).toEqual([]);
  whatsapp.numbers.get(other)!.override = null;
  expect(await writes(other, '79035550103', 'wamid.O1', 'Чужой подписью')).toBe(200);
  expect(await select(api.app.orm.em.fork(), `select id from inbound_event where key = 'message:wamid.O1'`)).toEqual([]);

  // Disconnected: the number's events go back to the app's callback URL, where no channel of theirs takes them.
  const gone: any = await api.gql('mutation($i: ChannelInput!) { disconnectChannel(input: $i) { channel { status } userErrors { reason } } }', { i: { channelId: salesChannel } }, owner);
  expect(gone.data.disconnectChannel).toEqual({ channel: { status: 'DISCONNECTED' }, userErrors: [] });
  expect(whatsapp.numbers.get(sales)!.override).toBeNull();
  expect(await writes(sales, '79035550101', 'wamid.S2', 'После отключения')).toBe(200);
  // Stored before Meta is answered, had it been taken.
  expect(await select(api.app.orm.em.fork(), `select id from inbound_event where key = 'message:wamid.S2'`)).toEqual([]);
});
