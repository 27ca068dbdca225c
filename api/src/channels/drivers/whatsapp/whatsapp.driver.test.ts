import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelConnectError, PermanentDeliveryError, WebhookRefused, type DriverChannel, type OutboundMessage } from '../driver.ts';
import { FakeWhatsApp } from './testing/fake-whatsapp.ts';
import { whatsappDriver } from './whatsapp.driver.ts';

const fake = new FakeWhatsApp();
let driver: ReturnType<typeof whatsappDriver>;
let channel: DriverChannel;
const client = '447700900123';

beforeAll(async () => {
  await fake.start();
  driver = whatsappDriver({ apiRoot: fake.apiRoot });
  const connected = await driver.connect!(
    { phoneNumberId: fake.phoneNumberId, businessAccountId: fake.businessAccountId, accessToken: fake.token, appSecret: fake.appSecret, verifyToken: '' },
    null,
  );
  channel = { id: 'ch1', projectId: 'p1', webhookUrl: 'https://inbox.example/hooks/ch1', ...connected };
});
afterAll(() => fake.stop());

function outbound(fields: Partial<OutboundMessage> = {}): OutboundMessage {
  return { messageId: 'm1', text: 'Hello', channel, clientChannelId: 'cc1', platformId: client, ...fields };
}

function inbound(messages: unknown[], name = 'Ada Lovelace') {
  return fake.webhookPost(fake.notification({ contacts: [{ profile: { name }, wa_id: client }], messages }));
}

describe('connecting', () => {
  it('checks the token with the phone number and keeps a generated verify token in config', () => {
    expect(channel.config).toMatchObject({ phoneNumberId: fake.phoneNumberId, businessAccountId: fake.businessAccountId, displayPhoneNumber: '+1 555-078-3881' });
    expect(String(channel.config.verifyToken)).toMatch(/^[\w-]{20,}$/);
    expect(channel.secrets).toEqual({ accessToken: fake.token, appSecret: fake.appSecret });
    expect(fake.requests.find((request) => request.path === `/v21.0/${fake.phoneNumberId}`)?.authorization).toBe(`Bearer ${fake.token}`);
  });

  it('refuses a token the platform does not accept, saying so', async () => {
    const connecting = driver.connect!({ phoneNumberId: fake.phoneNumberId, businessAccountId: fake.businessAccountId, accessToken: 'wrong', appSecret: 'x' }, null);
    await expect(connecting).rejects.toThrow(ChannelConnectError);
    await expect(connecting).rejects.toThrow(/did not accept the access token.*Session has expired/);
  });

  it('keeps a verify token the operator chose', async () => {
    const connected = await driver.connect!(
      { phoneNumberId: fake.phoneNumberId, businessAccountId: fake.businessAccountId, accessToken: fake.token, appSecret: fake.appSecret, verifyToken: 'my-token' },
      null,
    );
    expect(connected.config.verifyToken).toBe('my-token');
  });
});

describe('activating', () => {
  it("subscribes the app to the business account's webhooks", async () => {
    // Without a public address there is no override to set (messenger-channels.test.ts sets them end to end).
    await driver.activate!({ ...channel, webhookUrl: null });
    expect(fake.subscribed).toBe(true);
  });

  it("says in words when Meta refuses the number's webhook override", async () => {
    fake.overrideFailures.push({ status: 400, error: { message: '(#2200) Callback verification failed with the following errors: HTTP Status Code = 403', code: 2200 } });
    const error = await driver.activate!(channel).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ChannelConnectError);
    expect((error as Error).message).toBe(
      `WhatsApp did not let phone number id ${fake.phoneNumberId} deliver to this channel's webhook address: (#2200) Callback verification failed with the following errors: HTTP Status Code = 403.`,
    );
  });
});

describe('webhook verification', () => {
  it('answers the challenge as text when the verify token matches', async () => {
    const answer = await driver.webhook!(channel, fake.verification(String(channel.config.verifyToken), '1158201444'));
    expect(answer).toEqual({ events: [], status: 200, body: '1158201444', contentType: 'text/plain' });
  });

  it('refuses the handshake with 403 for a wrong verify token', async () => {
    await expect(driver.webhook!(channel, fake.verification('guess', '1'))).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a notification signed with another secret, or not signed, before reading it', async () => {
    const payload = fake.notification({ messages: [{ from: client, id: 'wamid.X', timestamp: '1700000000', type: 'text', text: { body: 'hi' } }] });
    await expect(driver.webhook!(channel, fake.webhookPost(payload, { secret: 'other' }))).rejects.toThrow(WebhookRefused);
    await expect(driver.webhook!(channel, fake.webhookPost(payload, { signature: null }))).rejects.toThrow(WebhookRefused);
    await expect(driver.webhook!(channel, fake.webhookPost(payload, { signature: 'sha256=zz' }))).rejects.toThrow(WebhookRefused);
  });
});

describe('inbound', () => {
  it('reads a text message with the sender name and phone', async () => {
    const answer = await driver.webhook!(channel, inbound([{ from: client, id: 'wamid.T1', timestamp: '1700000000', type: 'text', text: { body: 'Hi there' } }]));
    expect(answer.status).toBe(200);
    expect(answer.events).toEqual([
      {
        type: 'message',
        key: 'message:wamid.T1',
        externalId: 'wamid.T1',
        from: { platformId: client, name: 'Ada Lovelace', phone: `+${client}` },
        text: 'Hi there',
        files: [],
        tag: null,
        at: '2023-11-14T22:13:20.000Z',
      },
    ]);
  });

  it('reads media with their captions, and downloads the bytes through the media id', async () => {
    const bytes = Buffer.from('%PDF-1.4 fake');
    const documentId = fake.addMedia(bytes, 'application/pdf');
    const voiceId = fake.addMedia(Buffer.from('OggS'), 'audio/ogg; codecs=opus');
    const answer = await driver.webhook!(
      channel,
      inbound([
        { from: client, id: 'wamid.D1', type: 'document', document: { id: documentId, mime_type: 'application/pdf', filename: 'invoice.pdf', caption: 'My invoice' } },
        { from: client, id: 'wamid.V1', type: 'audio', audio: { id: voiceId, mime_type: 'audio/ogg; codecs=opus', voice: true } },
        { from: client, id: 'wamid.S1', type: 'sticker', sticker: { id: '55', mime_type: 'image/webp' } },
        { from: client, id: 'wamid.I1', type: 'image', image: { id: '56', mime_type: 'image/jpeg' } },
        { from: client, id: 'wamid.VD', type: 'video', video: { id: '57', mime_type: 'video/mp4', caption: 'look' } },
      ]),
    );
    const messages = answer.events.map((event) => (event.type === 'message' ? { text: event.text, files: event.files } : null));
    expect(messages).toEqual([
      { text: 'My invoice', files: [{ kind: 'DOCUMENT', name: 'invoice.pdf', contentType: 'application/pdf', ref: documentId }] },
      { text: '', files: [{ kind: 'AUDIO', name: 'audio.ogg', contentType: 'audio/ogg', ref: voiceId }] },
      { text: '', files: [{ kind: 'IMAGE', name: 'sticker.webp', contentType: 'image/webp', ref: '55' }] },
      { text: '', files: [{ kind: 'IMAGE', name: 'image.jpeg', contentType: 'image/jpeg', ref: '56' }] },
      { text: 'look', files: [{ kind: 'VIDEO', name: 'video.mp4', contentType: 'video/mp4', ref: '57' }] },
    ]);
    const file = await driver.download!(channel, documentId);
    expect(file).toEqual({ bytes, contentType: 'application/pdf' });
  });

  it('reads button presses and list choices as the label the client chose', async () => {
    const answer = await driver.webhook!(
      channel,
      inbound([
        { from: client, id: 'wamid.B1', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'b0', title: 'Yes' } } },
        { from: client, id: 'wamid.L1', type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'b3', title: 'Tuesday' } } },
        { from: client, id: 'wamid.Q1', type: 'button', button: { text: 'Stop promotions', payload: 'stop' } },
      ]),
    );
    expect(answer.events.map((event) => (event.type === 'message' ? event.text : null))).toEqual(['Yes', 'Tuesday', 'Stop promotions']);
  });

  it('reads statuses, with the reason of a failure', async () => {
    const statuses = [
      { id: 'wamid.O1', status: 'sent', timestamp: '1700000001', recipient_id: client },
      { id: 'wamid.O1', status: 'delivered', timestamp: '1700000002', recipient_id: client },
      { id: 'wamid.O1', status: 'read', timestamp: '1700000003', recipient_id: client },
      {
        id: 'wamid.O2',
        status: 'failed',
        timestamp: '1700000004',
        recipient_id: client,
        errors: [{ code: 131047, title: 'Re-engagement message', error_data: { details: 'Message failed to send because more than 24 hours have passed.' } }],
      },
    ];
    const answer = await driver.webhook!(channel, fake.webhookPost(fake.notification({ statuses })));
    expect(answer.events).toEqual([
      { type: 'status', key: 'status:wamid.O1:sent', externalId: 'wamid.O1', status: 'SENT', reason: null },
      { type: 'status', key: 'status:wamid.O1:delivered', externalId: 'wamid.O1', status: 'DELIVERED', reason: null },
      { type: 'status', key: 'status:wamid.O1:read', externalId: 'wamid.O1', status: 'READ', reason: null },
      {
        type: 'status',
        key: 'status:wamid.O2:failed',
        externalId: 'wamid.O2',
        status: 'FAILED',
        reason: 'Re-engagement message (131047): Message failed to send because more than 24 hours have passed.',
      },
    ]);
  });

  it('gives a notification delivered twice the same keys', async () => {
    const request = inbound([{ from: client, id: 'wamid.R1', type: 'text', text: { body: 'again' } }]);
    const first = await driver.webhook!(channel, request);
    const second = await driver.webhook!(channel, { ...request });
    expect(second.events.map((event) => event.key)).toEqual(first.events.map((event) => event.key));
  });

  it("ignores another phone number's notifications of the same app", async () => {
    const payload = fake.notification({ messages: [{ from: client, id: 'wamid.N1', type: 'text', text: { body: 'x' } }] });
    payload.entry[0]!.changes[0]!.value.metadata.phone_number_id = '999';
    expect((await driver.webhook!(channel, fake.webhookPost(payload))).events).toEqual([]);
  });
});

describe('sending', () => {
  it('sends text and answers the wamid', async () => {
    const { externalId } = await driver.send(outbound({ text: 'Your order shipped' }));
    expect(externalId).toMatch(/^wamid\./);
    expect(fake.messages.at(-1)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: client,
      type: 'text',
      text: { body: 'Your order shipped', preview_url: false },
    });
  });

  it('sends files by link, the first with the text as caption', async () => {
    const before = fake.messages.length;
    await driver.send(
      outbound({
        text: 'Here you are',
        attachments: [
          { kind: 'IMAGE', name: 'a.png', contentType: 'image/png', size: 3, url: 'https://files.example/a.png?sig=1' },
          { kind: 'DOCUMENT', name: 'terms.pdf', contentType: 'application/pdf', size: 3, url: 'https://files.example/terms.pdf?sig=2' },
        ],
      }),
    );
    expect(fake.messages.slice(before).map(({ type, image, document }) => ({ type, image, document }))).toEqual([
      { type: 'image', image: { link: 'https://files.example/a.png?sig=1', caption: 'Here you are' }, document: undefined },
      { type: 'document', image: undefined, document: { link: 'https://files.example/terms.pdf?sig=2', filename: 'terms.pdf' } },
    ]);
  });

  it('sends up to three short labels as reply buttons, more as a list, long ones as numbered text', async () => {
    await driver.send(outbound({ text: 'Pick one', buttons: ['Yes', 'No'] }));
    expect(fake.messages.at(-1)).toMatchObject({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick one' },
        action: { buttons: [{ type: 'reply', reply: { id: 'b0', title: 'Yes' } }, { type: 'reply', reply: { id: 'b1', title: 'No' } }] },
      },
    });
    await driver.send(outbound({ text: 'Which day?', buttons: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'] }));
    expect(fake.messages.at(-1)).toMatchObject({
      type: 'interactive',
      interactive: { type: 'list', action: { button: 'Choose', sections: [{ rows: [{ id: 'b0', title: 'Monday' }, {}, {}, { id: 'b3', title: 'Thursday' }] }] } },
    });
    await driver.send(outbound({ text: 'Which?', buttons: ['A label much longer than twenty-four characters', 'B'] }));
    expect(fake.messages.at(-1)).toMatchObject({ type: 'text', text: { body: 'Which?\n\n1. A label much longer than twenty-four characters\n2. B' } });
  });

  it('sends a template with its body parameters', async () => {
    await driver.send(outbound({ text: '', template: { name: 'order_update', language: 'en_US', parameters: ['Ada', '#42'] } }));
    expect(fake.messages.at(-1)).toMatchObject({
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'en_US' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada' }, { type: 'text', text: '#42' }] }],
      },
    });
  });

  it('lists the approved templates with their body and number of parameters', async () => {
    fake.templates = [
      { name: 'order_update', language: 'en_US', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Hi {{1}}, order {{2}} shipped. {{1}}!' }] },
      { name: 'draft', language: 'en_US', status: 'PENDING', category: 'MARKETING', components: [{ type: 'BODY', text: 'x' }] },
      { name: 'welcome', language: 'ru', status: 'APPROVED', category: 'MARKETING', components: [{ type: 'HEADER', format: 'TEXT', text: 'Hello' }, { type: 'BODY', text: 'Привет, {{name}}' }] },
      { name: 'thanks', language: 'en', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Thank you' }] },
    ];
    expect(await driver.templates!(channel)).toEqual([
      { name: 'order_update', language: 'en_US', text: 'Hi {{1}}, order {{2}} shipped. {{1}}!', parameters: 2 },
      { name: 'welcome', language: 'ru', text: 'Привет, {{name}}', parameters: 1 },
      { name: 'thanks', language: 'en', text: 'Thank you', parameters: 0 },
    ]);
  });
});

describe('delivery failures', () => {
  const graphError = (status: number, code: number, message: string) => ({ status, error: { message, code } });
  const cases = [
    { name: 'outside the 24 h window', failure: graphError(400, 131047, 'Re-engagement message'), code: 'OUTSIDE_REPLY_WINDOW' },
    { name: 'an undeliverable number', failure: graphError(400, 131026, 'Message undeliverable'), code: 'CHAT_NOT_FOUND' },
    { name: 'an expired token', failure: graphError(401, 190, 'Error validating access token'), code: 'CHANNEL_AUTH' },
    { name: 'an invalid parameter', failure: graphError(400, 100, 'Invalid parameter'), code: 'PLATFORM_ERROR' },
  ];
  for (const { name, failure, code } of cases) {
    it(`stops for good on ${name} (${code})`, async () => {
      fake.failNext(failure);
      const error = await driver.send(outbound()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error).toMatchObject({ code, message: expect.stringContaining(failure.error.message) });
    });
  }

  it('refuses a text longer than the platform takes before calling it (TOO_LONG)', async () => {
    const before = fake.requests.length;
    await expect(driver.send(outbound({ text: 'x'.repeat(4097) }))).rejects.toMatchObject({ code: 'TOO_LONG' });
    expect(fake.requests.length).toBe(before);
  });

  for (const [name, failure] of [
    ['a rate limit', graphError(400, 130429, 'Rate limit hit')],
    ['pair rate limit', graphError(400, 131056, 'Pair rate limit hit')],
    ['a server error', { status: 503 }],
  ] as const) {
    it(`lets the workflow retry on ${name}`, async () => {
      fake.failNext(failure);
      const error = await driver.send(outbound()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PermanentDeliveryError);
      expect(await driver.send(outbound())).toMatchObject({ externalId: expect.stringMatching(/^wamid\./) });
    });
  }

  it('lets the workflow retry when the platform cannot be reached', async () => {
    const offline = whatsappDriver({ apiRoot: 'http://127.0.0.1:9/v21.0' });
    const error = await offline.send(outbound()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
  });
});
