import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverChannel, InboundEvent, ListenHost, OutboundMessage } from '../driver.ts';
import { emailSettings } from './email-config.ts';
import { copyToSent } from './email-sent.ts';
import { emailDriver } from './email.driver.ts';
import { createFolder, eventually, listFolders, readFolder, readMailbox, sendMail } from './testing/mail-client.ts';
import { mailServersAvailable, startMailServers, type MailServers, type MailUser } from './testing/mail-servers.ts';

// What goes out: a text and an HTML part, the client's mail quoted in an answer, the thread's ids, and one copy of
// each mail in the mailbox's Sent folder.
const support = { address: 'support@example.test', password: 'support-secret' };
const sales = { address: 'sales@example.test', password: 'sales-secret' };
const customer = { address: 'customer@example.test', password: 'customer-secret' };
const driver = emailDriver({ listen: { backoffMs: { min: 100, max: 1000 }, recheckMs: 10 * 60_000 } });

describe.skipIf(!mailServersAvailable())('outbound e-mail against Dovecot and Postfix', () => {
  let servers: MailServers;
  let channel: DriverChannel;
  const stops: (() => Promise<void>)[] = [];

  async function connect(user: MailUser, overrides: Record<string, string> = {}): Promise<DriverChannel> {
    const input = { address: user.address, displayName: 'Acme Support', imapHost: servers.host, imapPort: String(servers.imapPort), imapTls: 'none', imapPassword: user.password };
    const smtp = { smtpHost: servers.host, smtpPort: String(servers.smtpPort), smtpTls: 'none' };
    const connected = await driver.connect!({ ...input, ...smtp, ...overrides }, null);
    return { id: `channel-${user.address}`, projectId: 'project-1', config: connected.config, secrets: connected.secrets, webhookUrl: null };
  }
  const message = (messageId: string, text: string, more: Partial<OutboundMessage> = {}): OutboundMessage => ({
    messageId,
    text,
    channel,
    clientChannelId: 'client-channel-1',
    platformId: customer.address,
    subject: `Test ${messageId}`,
    ...more,
  });
  const received = (messageId: string) =>
    eventually(async () => (await readMailbox(servers, customer)).find((mail) => mail.messageId === messageId), `${messageId} in the customer's mailbox`);
  const copiesIn = async (user: MailUser, folder: string, messageId: string) =>
    (await readFolder(servers, user, folder)).filter((copy) => copy.source.toString().includes(`Message-ID: ${messageId}`));

  beforeAll(async () => {
    servers = await startMailServers([support, sales, customer]);
    // The support mailbox has the folder the server flags \Sent; the sales one has no Sent folder at all.
    await createFolder(servers, support, 'Sent Items');
    channel = await connect(support);
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await servers?.stop();
  });

  it('sends the text and HTML made from it: escaped, in paragraphs, with links', async () => {
    const text = 'Hello <script>alert(1)</script> & welcome.\nYour order: https://shop.example/orders?id=42&tab=2\n\nQuestions? Write to help@example.test';
    const { externalId } = await driver.send(message('out-html', text));
    const mail = await received(externalId);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.text?.trim()).toBe(text);
    const html = String(mail.html);
    expect(html).toContain('<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; welcome.<br>Your order: ');
    expect(html).not.toContain('<script');
    expect(html).toContain('<a href="https://shop.example/orders?id=42&amp;tab=2">https://shop.example/orders?id=42&amp;tab=2</a></p><p>');
    expect(html).toContain('<a href="mailto:help@example.test">help@example.test</a>');
  });

  it("quotes the client's mail below an answer: \"> \" lines in the text, a blockquote in the HTML", async () => {
    const quote = { text: 'Where is my order?\nIt was due <Monday>.', at: new Date('2026-12-06T19:40:00Z'), from: 'Carol Customer <customer@example.test>', locale: null, timeZone: 'UTC' };
    const { externalId } = await driver.send(message('out-quote', 'It ships tomorrow.', { thread: { inReplyTo: '<question@example.test>', references: [], quote } }));
    const mail = await received(externalId);
    expect(mail.text?.trim()).toBe(
      'It ships tomorrow.\n\nOn Dec 6, 2026, 7:40 PM, Carol Customer <customer@example.test> wrote:\n> Where is my order?\n> It was due <Monday>.',
    );
    expect(String(mail.html)).toContain(
      '<p>It ships tomorrow.</p><div class="quote"><p>On Dec 6, 2026, 7:40 PM, Carol Customer &lt;customer@example.test&gt; wrote:</p><blockquote',
    );
    expect(String(mail.html)).toMatch(/<blockquote[^>]*><p>Where is my order\?<br>It was due &lt;Monday&gt;\.<\/p><\/blockquote>/);
  });

  it("answers with References of the client's mail's References and its Message-ID", async () => {
    const thread = { inReplyTo: '<third@example.test>', references: ['<first@example.test>', '<second@example.test>', '<reply@example.test>'] };
    const { externalId } = await driver.send(message('out-thread', 'Noted.', { thread }));
    const mail = await received(externalId);
    expect(mail.inReplyTo).toBe('<third@example.test>');
    expect(mail.references).toEqual(['<first@example.test>', '<second@example.test>', '<reply@example.test>', '<third@example.test>']);
  });

  it('keeps the sent bytes once in the folder flagged \\Sent, marked read, even when the send is retried', async () => {
    const { externalId } = await driver.send(message('out-sent', 'A copy for the team.'));
    const delivered = await received(externalId);
    // The delivery attempt is retried (its marking failed): the customer may get the mail again, the folder not.
    await driver.send(message('out-sent', 'A copy for the team.'));
    await eventually(async () => ((await readMailbox(servers, customer)).filter((mail) => mail.messageId === externalId).length === 2 ? true : undefined), 'the retried mail');
    const copies = await copiesIn(support, 'Sent Items', externalId);
    expect(copies).toHaveLength(1);
    expect([...copies[0]!.flags]).toEqual(['\\Seen']);
    // The copy is what the server took: the delivered mail is it with the servers' trace headers in front.
    const deliveredSource = (await readFolder(servers, customer, 'INBOX')).find((mail) => mail.source.toString().includes(`Message-ID: ${externalId}`))!.source;
    expect(deliveredSource.toString().endsWith(copies[0]!.source.toString())).toBe(true);
    expect(delivered.html).toBeTruthy();
    expect(await listFolders(servers, support)).not.toContain('Sent');
  });

  it('makes a Sent folder in a mailbox without one, and keeps no copy where the channel says the provider does', async () => {
    const salesChannel = await connect(sales);
    const { externalId } = await driver.send(message('out-new-folder', 'From sales.', { channel: salesChannel }));
    expect(await copiesIn(sales, 'Sent', externalId)).toHaveLength(1);

    const gmailLike = await connect(sales, { copyToSent: 'no' });
    expect(gmailLike.config.copyToSent).toBe('no');
    const second = await driver.send(message('out-no-copy', 'No copy.', { channel: gmailLike }));
    await received(second.externalId);
    expect(await copiesIn(sales, 'Sent', second.externalId)).toEqual([]);
    await expect(connect(sales, { copyToSent: 'maybe' })).rejects.toThrow('"Copy to Sent" must be "yes" or "no".');
  });

  it('counts a mail as sent when its copy cannot be kept, and names the problem', async () => {
    const imapRefused = { ...channel, secrets: { imapPassword: 'wrong', smtpPassword: support.password } };
    const result = await driver.send(message('out-no-imap', 'Sent anyway.', { channel: imapRefused }));
    expect(result.externalId).toBe('<out-no-imap@example.test>');
    expect(result.problem?.message).toMatch(/^The mail was sent, but its copy was not kept in Sent: The IMAP server 127\.0\.0\.1:\d+ refused the login of support@example\.test/);
    await received(result.externalId);
  });

  it('gives up on the copy when the IMAP server does not answer, rather than hold the delivery', async () => {
    // Takes the connection and says nothing, not even a greeting.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const settings = emailSettings({ ...channel, config: { ...channel.config, imapPort: (silent.address() as AddressInfo).port } });
      const started = Date.now();
      await expect(copyToSent(settings, Buffer.from('Subject: x\r\n\r\nx'), '<silent@example.test>', 500)).rejects.toThrow('no answer within 0.5 s');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.close();
    }
  });

  it("never takes the channel's own copies in Sent for a client's mail", async () => {
    const events: InboundEvent[] = [];
    const host: ListenHost = {
      position: null,
      async receive(batch, next) {
        events.push(...batch);
        if (next !== undefined) host.position = next;
      },
      failed: () => undefined,
      ok: () => undefined,
    };
    const controller = new AbortController();
    const done = driver.listen!(channel, host, controller.signal);
    stops.push(async () => (controller.abort(), await done));
    await eventually(async () => host.position ?? undefined, 'the listener to start');
    const { externalId } = await driver.send(message('out-listened', 'Our own answer.'));
    expect(await copiesIn(support, 'Sent Items', externalId)).toHaveLength(1);
    // The customer's mail after it is the sign that the listener has read everything before it.
    await sendMail(servers, customer, { to: support.address, subject: 'After our answer', text: 'thanks' });
    await eventually(async () => (events.length ? true : undefined), "the customer's mail");
    expect(events.map((event) => (event.type === 'message' ? event.subject : event.type))).toEqual(['After our answer']);
  });
});
