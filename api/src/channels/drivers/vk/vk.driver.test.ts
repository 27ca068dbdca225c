import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelConnectError, PermanentDeliveryError, WebhookRefused, type DriverChannel, type InboundEvent, type ListenHost, type OutboundMessage } from '../driver.ts';
import { FakeVk } from './testing/fake-vk.ts';
import { randomId, vkDriver } from './vk.driver.ts';

const fake = new FakeVk();
let driver: ReturnType<typeof vkDriver>;
let channel: DriverChannel;
const client = 51_734_892;

beforeAll(async () => {
  await fake.start();
  driver = vkDriver({ apiRoot: fake.apiRoot });
  const connected = await driver.connect!({ groupId: String(fake.groupId), accessToken: fake.token, callbackSecret: fake.secret, confirmationCode: '' }, null);
  channel = { id: 'ch1', projectId: 'p1', webhookUrl: 'https://inbox.example/hooks/ch1', ...connected };
});
afterAll(() => fake.stop());

function outbound(fields: Partial<OutboundMessage> = {}): OutboundMessage {
  return { messageId: 'msg-1', text: 'Hello', channel, clientChannelId: 'cc1', platformId: String(client), ...fields };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

describe('connecting', () => {
  it('checks the token with the community and fetches the confirmation code', () => {
    expect(channel.config).toEqual({ groupId: fake.groupId, confirmationCode: fake.confirmationCode });
    expect(channel.secrets).toEqual({ accessToken: fake.token, callbackSecret: fake.secret });
    expect(fake.calls.find((call) => call.method === 'groups.getById')?.params).toMatchObject({ group_id: String(fake.groupId), v: '5.199' });
  });

  it('refuses a token VK does not accept, saying so', async () => {
    const error = await failure(driver.connect!({ groupId: String(fake.groupId), accessToken: 'wrong' }, null));
    expect(error).toBeInstanceOf(ChannelConnectError);
    expect((error as Error).message).toMatch(/did not accept the community access token.*invalid access_token/);
  });
});

describe('activating', () => {
  const hook = 'https://inbox.example/hooks/ch2';

  it('makes up a Callback API secret when the product has a public URL and none was given', async () => {
    const connected = await driver.connect!({ groupId: String(fake.groupId), accessToken: fake.token }, hook);
    expect(connected.secrets.callbackSecret).toMatch(/^[\w-]{32}$/);
    const withoutUrl = await driver.connect!({ groupId: String(fake.groupId), accessToken: fake.token }, null);
    expect(withoutUrl.secrets).toEqual({ accessToken: fake.token });
  });

  it('adds one Callback API server with the secret and the events, found again by its URL', async () => {
    const webhookChannel = { ...channel, webhookUrl: hook };
    await driver.activate!(webhookChannel);
    await driver.activate!({ ...webhookChannel, secrets: { ...channel.secrets, callbackSecret: 'rotated' } });
    const servers = fake.callbackServers.filter((server) => server.url === hook);
    expect(servers).toEqual([expect.objectContaining({ title: 'Inbox', secret_key: 'rotated' })]);
    expect(fake.callbackSettings.get(servers[0]!.id)).toMatchObject({ api_version: '5.199', message_new: '1', message_edit: '1', message_read: '1', message_allow: '1', message_deny: '1' });
    await driver.deactivate!(webhookChannel, 'disconnect');
    expect(fake.callbackServers.filter((server) => server.url === hook)).toEqual([]);
  });

  it('switches Bots Long Poll on when there is no public URL', async () => {
    await driver.activate!({ ...channel, webhookUrl: null });
    expect(fake.longPollSettings).toMatchObject({ group_id: String(fake.groupId), enabled: '1', api_version: '5.199', message_new: '1', message_read: '1' });
  });

  it('says what to do when the token may not manage the community', async () => {
    fake.failNext('groups.setLongPollSettings', { code: 15, message: 'Access denied: no access to call this method' });
    await expect(driver.activate!({ ...channel, webhookUrl: null })).rejects.toThrow(/Access denied.*"manage" right/);
  });
});

describe('Callback API', () => {
  it('answers the confirmation code to a confirmation of this community', async () => {
    const answer = await driver.webhook!(channel, fake.callback({ type: 'confirmation', group_id: fake.groupId }, null));
    expect(answer).toEqual({ events: [], status: 200, body: fake.confirmationCode, contentType: 'text/plain' });
    await expect(driver.webhook!(channel, fake.callback({ type: 'confirmation', group_id: 1 }, null))).rejects.toThrow(WebhookRefused);
  });

  it('refuses events with a wrong secret or none, and every event when Settings have no secret', async () => {
    const update = fake.event('message_new', fake.message({ from: client, text: 'hi' }));
    await expect(driver.webhook!(channel, fake.callback(update, 'guess'))).rejects.toThrow(WebhookRefused);
    await expect(driver.webhook!(channel, fake.callback(update, null))).rejects.toThrow(WebhookRefused);
    const withoutSecret = { ...channel, secrets: { accessToken: fake.token } };
    await expect(driver.webhook!(withoutSecret, fake.callback(update))).rejects.toThrow(WebhookRefused);
  });

  it('reads a text message, with its ref as tag, and answers "ok"', async () => {
    const update = fake.event('message_new', fake.message({ from: client, text: 'Hi there', ref: 'summer-promo' }));
    const answer = await driver.webhook!(channel, fake.callback(update));
    const message = (update.object as ReturnType<FakeVk['message']>).message;
    expect(answer).toEqual({
      status: 200,
      body: 'ok',
      contentType: 'text/plain',
      events: [
        {
          type: 'message',
          key: `message:${update.event_id}`,
          externalId: String(message.id),
          from: { platformId: String(client), name: 'Ivan Petrov', username: `id${client}` },
          text: 'Hi there',
          files: [],
          tag: 'summer-promo',
          at: '2023-11-14T22:13:20.000Z',
        },
      ],
    });
  });

  it('reads photos, documents, voice messages, stickers and videos, and downloads the files', async () => {
    const photoBytes = Buffer.from('\xff\xd8\xff photo');
    const photoUrl = fake.addFile('photo.jpg', photoBytes, 'image/jpeg');
    const attachments = [
      { type: 'photo', photo: { id: 457_239_100, owner_id: client, sizes: [{ type: 's', url: `${fake.url}/files/small.jpg`, width: 75, height: 56 }, { type: 'w', url: photoUrl, width: 1280, height: 960 }] } },
      { type: 'doc', doc: { id: 1, owner_id: client, title: 'contract', ext: 'pdf', url: `${fake.url}/files/contract.pdf`, size: 3 } },
      { type: 'audio_message', audio_message: { id: 2, owner_id: client, duration: 3, link_ogg: `${fake.url}/files/voice.ogg`, link_mp3: `${fake.url}/files/voice.mp3` } },
      { type: 'sticker', sticker: { sticker_id: 9, product_id: 1, images: [{ url: `${fake.url}/files/sticker-128.png`, width: 128, height: 128 }] } },
      { type: 'video', video: { id: 456_239_017, owner_id: client, title: 'Unboxing' } },
    ];
    const answer = await driver.webhook!(channel, fake.callback(fake.event('message_new', fake.message({ from: client, text: 'Look', attachments }))));
    const [event] = answer.events;
    expect(event).toMatchObject({
      type: 'message',
      text: `Look\n[video: Unboxing] https://vk.com/video${client}_456239017`,
      files: [
        { kind: 'IMAGE', name: `photo${client}_457239100.jpg`, contentType: 'image/jpeg', ref: photoUrl },
        { kind: 'DOCUMENT', name: 'contract.pdf', contentType: 'application/pdf', ref: `${fake.url}/files/contract.pdf` },
        { kind: 'AUDIO', name: 'voice.ogg', contentType: 'audio/ogg', ref: `${fake.url}/files/voice.ogg` },
        { kind: 'IMAGE', name: 'sticker9.png', contentType: 'image/png', ref: `${fake.url}/files/sticker-128.png` },
      ],
    });
    expect(await driver.download!(channel, photoUrl)).toEqual({ bytes: photoBytes, contentType: 'image/jpeg' });
  });

  it("reads a keyboard press without text by its payload, the client's edits, and read receipts", async () => {
    const press = fake.event('message_new', fake.message({ from: client, text: '', payload: '{"command":"start"}' }));
    const edit = fake.event('message_edit', { ...fake.message({ from: client, text: 'Hi (edited)' }).message, id: 2001 });
    const ownEdit = fake.event('message_edit', { ...fake.message({ from: -fake.groupId, text: 'ours' }).message, out: 1 });
    const read = fake.event('message_read', { from_id: client, peer_id: client, read_message_id: 1999, conversation_message_id: 77 });
    const events: InboundEvent[] = [];
    for (const update of [press, edit, ownEdit, read]) events.push(...(await driver.webhook!(channel, fake.callback(update))).events);
    expect(events).toEqual([
      expect.objectContaining({ type: 'message', text: '/start' }),
      { type: 'edited', key: `edit:${edit.event_id}`, externalId: '2001', platformId: String(client), text: 'Hi (edited)' },
      { type: 'read', key: `read:${read.event_id}`, platformId: String(client), upToExternalId: '1999' },
    ]);
  });

  it('reads a user denying and allowing the community’s messages as their reachability', async () => {
    const deny = fake.userDenies(client);
    const allow = fake.userAllows(client, 'promo');
    const events: InboundEvent[] = [];
    for (const update of [deny, allow]) events.push(...(await driver.webhook!(channel, fake.callback(update))).events);
    expect(events).toEqual([
      { type: 'reachability', key: `permission:${deny.event_id}`, platformId: String(client), reachable: false },
      { type: 'reachability', key: `permission:${allow.event_id}`, platformId: String(client), reachable: true },
    ]);
  });

  it('gives an event delivered twice the same keys', async () => {
    const request = fake.callback(fake.event('message_new', fake.message({ from: client, text: 'again' })));
    const first = await driver.webhook!(channel, request);
    const second = await driver.webhook!(channel, { ...request });
    expect(second.events.map((event) => event.key)).toEqual(first.events.map((event) => event.key));
  });
});

describe('sending', () => {
  it('sends text with a random_id derived from the message id', async () => {
    const { externalId } = await driver.send(outbound({ messageId: 'text-1', text: 'Your order shipped' }));
    const sent = fake.sent.at(-1);
    expect(sent?.id).toBe(Number(externalId));
    expect(sent?.params).toMatchObject({ peer_id: String(client), random_id: String(randomId('text-1')), message: 'Your order shipped' });
    expect(randomId('text-1')).toBe(randomId('text-1'));
    expect(randomId('text-1')).not.toBe(randomId('text-2'));
  });

  it('uploads photos and documents (audio as a document) and attaches them', async () => {
    const photo = fake.addFile('out.png', Buffer.from('png!'), 'image/png');
    const pdf = fake.addFile('terms.pdf', Buffer.from('%PDF'), 'application/pdf');
    await driver.send(
      outbound({
        messageId: 'media-1',
        text: 'Here you are',
        attachments: [
          { kind: 'IMAGE', name: 'out.png', contentType: 'image/png', size: 4, url: photo },
          { kind: 'DOCUMENT', name: 'terms.pdf', contentType: 'application/pdf', size: 4, url: pdf },
        ],
      }),
    );
    expect(fake.uploads.slice(-2)).toEqual([
      { field: 'photo', filename: 'out.png', type: 'image/png', size: 4 },
      { field: 'file', filename: 'terms.pdf', type: 'application/pdf', size: 4 },
    ]);
    const methods = fake.calls.map((call) => call.method);
    expect(methods).toEqual(expect.arrayContaining(['photos.getMessagesUploadServer', 'photos.saveMessagesPhoto', 'docs.getMessagesUploadServer', 'docs.save']));
    expect(fake.calls.find((call) => call.method === 'docs.getMessagesUploadServer')?.params).toMatchObject({ peer_id: String(client), type: 'doc' });
    expect(fake.sent.at(-1)?.params).toMatchObject({
      message: 'Here you are',
      attachment: `photo-${fake.groupId}_457239017_ak1,doc-${fake.groupId}_663000001`,
    });
  });

  it('sends buttons as a one-time keyboard, too many or too long ones as numbered lines', async () => {
    await driver.send(outbound({ messageId: 'buttons-1', text: 'Pick one', buttons: ['Yes', 'No'] }));
    const keyboard = JSON.parse(fake.sent.at(-1)?.params.keyboard ?? '{}') as { one_time: boolean; buttons: { action: { type: string; label: string; payload: string } }[][] };
    expect(keyboard.one_time).toBe(true);
    expect(keyboard.buttons.map((row) => row.map((button) => [button.action.type, button.action.label, button.action.payload]))).toEqual([
      [['text', 'Yes', '{"button":"Yes"}']],
      [['text', 'No', '{"button":"No"}']],
    ]);
    await driver.send(outbound({ messageId: 'buttons-2', text: 'Which?', buttons: ['A'.repeat(41), 'B'] }));
    expect(fake.sent.at(-1)?.params).toMatchObject({ message: `Which?\n\n1. ${'A'.repeat(41)}\n2. B` });
    expect(fake.sent.at(-1)?.params.keyboard).toBeUndefined();
  });

  it('keeps the random_id of a retried send, so VK sends the message once', async () => {
    fake.failNext('messages.send', { status: 502, afterEffect: true });
    const before = fake.sent.length;
    const error = await failure(driver.send(outbound({ messageId: 'retry-1' })));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    const { externalId } = await driver.send(outbound({ messageId: 'retry-1' }));
    expect(fake.sent.length).toBe(before + 1);
    expect(fake.sent.at(-1)?.id).toBe(Number(externalId));
    const randomIds = fake.calls.filter((call) => call.method === 'messages.send').slice(-2).map((call) => call.params.random_id);
    expect(randomIds).toEqual([String(randomId('retry-1')), String(randomId('retry-1'))]);
  });

  it('edits and deletes for everyone', async () => {
    await driver.edit!({ ...outbound({ text: 'Corrected' }), externalId: '1500' });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'messages.edit', params: { peer_id: String(client), message_id: '1500', message: 'Corrected' } });
    await driver.delete!({ ...outbound(), externalId: '1500' });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'messages.delete', params: { peer_id: String(client), message_ids: '1500', delete_for_all: '1' } });
  });
});

describe('delivery failures', () => {
  const permanent = [
    { code: 901, message: "Can't send messages for users without permission", failure: 'CLIENT_BLOCKED_BOT' },
    { code: 900, message: "Can't send messages for users from blacklist", failure: 'CLIENT_BLOCKED_BOT' },
    { code: 5, message: 'User authorization failed: access_token has expired.', failure: 'CHANNEL_AUTH' },
    { code: 914, message: 'Message is too long', failure: 'TOO_LONG' },
    { code: 100, message: 'One of the parameters specified was missing or invalid', failure: 'PLATFORM_ERROR' },
  ];
  for (const { code, message, failure: expected } of permanent) {
    it(`stops for good on error ${code} (${expected})`, async () => {
      fake.failNext('messages.send', { code, message });
      const error = await failure(driver.send(outbound({ messageId: `fail-${code}` })));
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error).toMatchObject({ code: expected, message: expect.stringContaining(message) });
    });
  }

  it('lets the workflow retry on flood control (9), internal errors (10) and a 5xx page', async () => {
    fake.failNext('messages.send', { code: 9, message: 'Flood control' });
    fake.failNext('messages.send', { code: 10, message: 'Internal server error' });
    fake.failNext('messages.send', { status: 503 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const error = await failure(driver.send(outbound({ messageId: 'flaky-1' })));
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    }
    expect(await driver.send(outbound({ messageId: 'flaky-1' }))).toMatchObject({ externalId: expect.stringMatching(/^\d+$/) });
  });

  it('waits out "too many requests per second" (6) and sends', async () => {
    fake.failNext('messages.send', { code: 6, message: 'Too many requests per second' });
    const before = fake.sent.length;
    await driver.send(outbound({ messageId: 'busy-1' }));
    expect(fake.sent.length).toBe(before + 1);
  });
});

/** A listener host that keeps what it stores, like the supervisor's (de-duplicated by key). */
function host(position: string | null) {
  const stored = new Map<string, InboundEvent>();
  const failures: Error[] = [];
  const listener: ListenHost & { stored: typeof stored; failures: Error[] } = {
    position,
    stored,
    failures,
    async receive(events, next) {
      for (const event of events) stored.set(event.key, event);
      if (next !== undefined) listener.position = next;
    },
    failed: (error) => failures.push(error),
    ok: () => undefined,
  };
  return listener;
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 400) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function listen(listener: ReturnType<typeof host>) {
  const controller = new AbortController();
  const running = driver.listen!(channel, listener, controller.signal);
  return {
    stop: async () => {
      controller.abort();
      await running;
    },
  };
}

describe('Bots Long Poll', () => {
  const text = (event: InboundEvent) => (event.type === 'message' ? event.text : event.type);

  it('stores each batch, resumes from the saved ts after a restart, and misses nothing in between', async () => {
    const listener = host(null);
    const first = listen(listener);
    await until(() => fake.polls.length > 0);
    fake.queue(fake.event('message_new', fake.message({ from: client, text: 'one' })), fake.event('message_new', fake.message({ from: client, text: 'two' })));
    await until(() => listener.stored.size === 2);
    await first.stop();
    const saved = listener.position;
    expect(saved).toBe(String(fake.updates.length));

    // While nobody listens, a message arrives; the next run starts from the saved ts.
    fake.queue(fake.event('message_new', fake.message({ from: client, text: 'three' })));
    const resumed = host(saved);
    const second = listen(resumed);
    await until(() => resumed.stored.size === 1);
    await second.stop();
    expect([...resumed.stored.values()].map(text)).toEqual(['three']);
    expect([...listener.stored.values()].map(text)).toEqual(['one', 'two']);
  });

  it('takes the new ts on failed 1, a new key on failed 2, a new key and ts on failed 3', async () => {
    const listener = host(String(fake.updates.length));
    const servers = () => fake.calls.filter((call) => call.method === 'groups.getLongPollServer').length;
    const before = servers();
    fake.oldest = fake.updates.length;
    fake.failNextPoll({ failed: 1, ts: String(fake.updates.length) });
    fake.failNextPoll({ failed: 2 });
    fake.failNextPoll({ failed: 3 });
    const running = listen(listener);
    await until(() => servers() === before + 3);
    fake.queue(fake.event('message_read', { from_id: client, peer_id: client, read_message_id: 3000, conversation_message_id: 80 }));
    await until(() => listener.stored.size === 1);
    await running.stop();
    expect([...listener.stored.values()]).toEqual([expect.objectContaining({ type: 'read', upToExternalId: '3000' })]);
    expect(listener.failures).toEqual([]);
  });

  it('hears a user denying and allowing the community’s messages', async () => {
    await driver.activate!({ ...channel, webhookUrl: null });
    const listener = host(String(fake.updates.length));
    const running = listen(listener);
    fake.queue(fake.userDenies(client), fake.userAllows(client));
    await until(() => listener.stored.size === 2);
    await running.stop();
    expect([...listener.stored.values()].map((event) => event.type === 'reachability' && event.reachable)).toEqual([false, true]);
  });

  it('reports failures and goes on, and stops promptly when aborted', async () => {
    const listener = host(null);
    const broken = { ...channel, secrets: { accessToken: 'revoked' } };
    const controller = new AbortController();
    const running = driver.listen!(broken, listener, controller.signal);
    await until(() => listener.failures.length > 0);
    expect(listener.failures[0]?.message).toMatch(/invalid access_token/);
    const started = Date.now();
    controller.abort();
    await running;
    expect(Date.now() - started).toBeLessThan(500);
  });
});
