import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverChannel, InboundEvent, ListenHost } from '../driver.ts';
import { ChannelConnectError, PermanentDeliveryError } from '../driver.ts';
import { emailDriver } from './email.driver.ts';
import { appendMail, eventually, readMailbox, sendMail } from './testing/mail-client.ts';
import { freePort, mailServersAvailable, portAccepts, startMailServers, type MailServers } from './testing/mail-servers.ts';

const support = { address: 'support@example.test', password: 'support-secret' };
const customer = { address: 'customer@example.test', password: 'customer-secret' };
// IDLE renewal far beyond a test's length: new mail can only be noticed through IDLE.
const driver = emailDriver({ listen: { backoffMs: { min: 100, max: 1000 }, recheckMs: 10 * 60_000 } });
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** What the listener supervisor does, in memory: keeps events once per key and the last position. */
function recordingHost(position: string | null = null) {
  const events: Extract<InboundEvent, { type: 'message' }>[] = [];
  const failures: Error[] = [];
  const host: ListenHost = {
    position,
    async receive(batch, next) {
      for (const event of batch) if (event.type === 'message' && !events.some((known) => known.key === event.key)) events.push(event);
      if (next !== undefined) host.position = next;
    },
    failed: (error) => failures.push(error),
    ok: () => undefined,
  };
  return { host, events, failures };
}

describe.skipIf(!mailServersAvailable())('e-mail driver against Dovecot and Postfix', () => {
  let servers: MailServers;
  let channel: DriverChannel;
  let files: Server;
  let filesUrl: string;
  const running: { controller: AbortController; done: Promise<void> }[] = [];

  const connectInput = (overrides: Record<string, string> = {}) => ({
    address: support.address,
    displayName: 'Acme Support',
    imapHost: servers.host,
    imapPort: String(servers.imapPort),
    imapTls: 'none',
    imapPassword: support.password,
    smtpHost: servers.host,
    smtpPort: String(servers.smtpPort),
    smtpTls: 'none',
    ...overrides,
  });

  /** Starts listening and waits until the listener stands in the mailbox (its position is saved). */
  async function listen(host: ListenHost) {
    const controller = new AbortController();
    const run = { controller, done: driver.listen!(channel, host, controller.signal) };
    running.push(run);
    await eventually(async () => host.position ?? undefined, 'the listener to save its position');
    return run;
  }

  beforeAll(async () => {
    servers = await startMailServers([support, customer]);
    const connected = await driver.connect!(connectInput(), null);
    channel = { id: 'channel-1', projectId: 'project-1', config: connected.config, secrets: connected.secrets, webhookUrl: null };
    files = createServer((request, response) => {
      if (request.url === '/files/price-list.png') response.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const run of running) run.controller.abort();
    await Promise.all(running.map((run) => run.done));
    await new Promise((resolve) => files?.close(resolve));
    await servers?.stop();
  });

  it('connects with working IMAP and SMTP logins and keeps the passwords as secrets', async () => {
    expect(channel.config).toMatchObject({ address: support.address, imapPort: servers.imapPort, imapTls: 'none', imapUser: support.address, smtpUser: support.address });
    expect(channel.config).not.toHaveProperty('imapPassword');
    expect(channel.secrets).toEqual({ imapPassword: support.password, smtpPassword: support.password });
    expect((await driver.connect!(connectInput(), null)).name).toBe('Acme Support <support@example.test>');
  });

  it('refuses to connect with a wrong IMAP or SMTP password, or a server that does not answer, saying which', async () => {
    const imap = driver.connect!(connectInput({ imapPassword: 'wrong' }), null);
    await expect(imap).rejects.toBeInstanceOf(ChannelConnectError);
    await expect(imap).rejects.toThrow(/IMAP server .* refused the login of support@example\.test/);
    const smtp = driver.connect!(connectInput({ smtpPassword: 'wrong' }), null);
    await expect(smtp).rejects.toBeInstanceOf(ChannelConnectError);
    await expect(smtp).rejects.toThrow(/SMTP server .* refused the login/);
    const nowhere = String(await freePort());
    await expect(driver.connect!(connectInput({ imapPort: nowhere }), null)).rejects.toThrow(/^Could not reach the IMAP server 127\.0\.0\.1:\d+: .*ECONNREFUSED.*\. Check the IMAP host, port and TLS\.$/);
    await expect(driver.connect!(connectInput({ smtpPort: nowhere }), null)).rejects.toThrow(/^Could not reach the SMTP server 127\.0\.0\.1:\d+: .*ECONNREFUSED.*\. Check the SMTP host, port and TLS\.$/);
  });

  it('hands a customer mail with text, sanitised HTML, an attachment and its thread ids to the host', async () => {
    const { host, events, failures } = recordingHost();
    await listen(host);
    const messageId = await sendMail(servers, customer, {
      from: { name: 'Carol Customer', address: 'Customer@Example.test' },
      to: support.address,
      subject: 'Order 1042',
      text: 'Where is my order?',
      html: '<p onclick="steal()">Where is <b>my order</b>?</p><script>steal()</script><style>p{color:red}</style><img src="https://tracker.example/pixel.gif"><iframe src="https://evil.example"></iframe><a href="javascript:steal()">x</a>',
      inReplyTo: '<previous@example.test>',
      references: ['<first@example.test>', '<previous@example.test>'],
      attachments: [{ filename: 'photo.png', content: png, contentType: 'image/png' }],
    });
    const [event] = await eventually(async () => (events.length ? events : undefined), 'the mail to reach the host');
    expect(events).toHaveLength(1);
    expect(event).toMatchObject({
      type: 'message',
      key: `message:${messageId}`,
      externalId: messageId,
      from: { platformId: 'customer@example.test', email: 'customer@example.test', name: 'Carol Customer' },
      text: 'Where is my order?',
      subject: 'Order 1042',
      references: ['<first@example.test>', '<previous@example.test>'],
      files: [{ kind: 'IMAGE', name: 'photo.png', contentType: 'image/png', base64: png.toString('base64') }],
    });
    expect(event!.html).toContain('Where is <b>my order</b>?');
    expect(event!.html).not.toMatch(/script|steal|style|onclick|tracker|iframe|evil/);
    expect(failures).toEqual([]);
  });

  it('picks up a new mail through IDLE within seconds', async () => {
    const { host, events } = recordingHost();
    await listen(host);
    const sentAt = Date.now();
    await sendMail(servers, customer, { to: support.address, subject: 'Quick one', text: 'Are you there?' });
    await eventually(async () => events[0], 'the mail through IDLE', 5000);
    expect(Date.now() - sentAt).toBeLessThan(5000);
  });

  it('resumes from its position after a restart: a mail delivered while stopped comes once, nothing twice', async () => {
    const { host, events } = recordingHost();
    const first = await listen(host);
    await sendMail(servers, customer, { to: support.address, subject: 'Before', text: 'before the restart' });
    await eventually(async () => events[0], 'the first mail');
    first.controller.abort();
    await first.done;
    const stoppedAt = host.position;

    await sendMail(servers, customer, { to: support.address, subject: 'While stopped', text: 'while the listener was stopped' });
    await eventually(async () => ((await readMailbox(servers, support)).some((mail) => mail.subject === 'While stopped') ? true : undefined), 'delivery');
    // A fresh host that keeps every batch (no de-duplication): a repeated mail would show here.
    const batches: InboundEvent[] = [];
    const resumed: ListenHost = { ...recordingHost(stoppedAt).host, async receive(batch, next) { batches.push(...batch); if (next) resumed.position = next; } };
    await listen(resumed);
    await eventually(async () => (batches.length ? true : undefined), 'the mail delivered while stopped');
    await sendMail(servers, customer, { to: support.address, subject: 'After', text: 'after the restart' });
    await eventually(async () => (batches.length === 2 ? true : undefined), 'the mail after the restart');
    expect(batches.map((event) => (event.type === 'message' ? event.subject : event.type))).toEqual(['While stopped', 'After']);
    expect(resumed.position).not.toBe(stoppedAt);
  });

  it('reconnects after the server drops the connection, reports it, and misses no mail', async () => {
    const { host, events, failures } = recordingHost();
    await listen(host);
    servers.kick(support.address);
    await eventually(async () => failures[0], 'the dropped connection to be reported');
    await sendMail(servers, customer, { to: support.address, subject: 'During the outage', text: 'sent while reconnecting' });
    await eventually(async () => events[0], 'the mail after reconnecting');
    expect(events.map((event) => event.subject)).toEqual(['During the outage']);
  });

  it('reports a refused IMAP login on the channel health, retries, and stops promptly when aborted', async () => {
    const { host, failures } = recordingHost();
    const controller = new AbortController();
    const wrong = { ...channel, secrets: { ...channel.secrets, imapPassword: 'wrong' } };
    const done = driver.listen!(wrong, host, controller.signal);
    await eventually(async () => (failures.length >= 2 ? true : undefined), 'two failed attempts');
    expect(failures[0]!.message).toMatch(/IMAP server 127\.0\.0\.1:\d+ refused the login of support@example\.test/);
    const abortedAt = Date.now();
    controller.abort();
    await done;
    expect(Date.now() - abortedAt).toBeLessThan(1000);
    expect(host.position).toBeNull();
  });

  it('skips auto-replies and bounces but moves its position past them', async () => {
    const { host, events } = recordingHost();
    await listen(host);
    const before = Number(host.position!.split(':')[1]);
    const automated = [
      'From: Customer <customer@example.test>\nTo: support@example.test\nSubject: Out of office\nAuto-Submitted: auto-replied\nMessage-ID: <ooo@example.test>\n\nI am away.\n',
      'From: customer@example.test\nTo: support@example.test\nSubject: Away\nPrecedence: bulk\nMessage-ID: <bulk@example.test>\n\nAway.\n',
      'From: customer@example.test\nTo: support@example.test\nSubject: Re: hello\nX-Autoreply: yes\nMessage-ID: <xauto@example.test>\n\nAway.\n',
      [
        'From: MAILER-DAEMON@mail.example.test',
        'To: support@example.test',
        'Subject: Undelivered Mail Returned to Sender',
        'Message-ID: <dsn@mail.example.test>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Your message could not be delivered.',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mail.example.test',
        '',
        'Final-Recipient: rfc822; nobody@example.test',
        'Action: failed',
        'Status: 5.1.1',
        '--b--',
        '',
      ].join('\n'),
    ];
    for (const raw of automated) await appendMail(servers, support, raw);
    await sendMail(servers, customer, { to: support.address, subject: 'A person', text: 'a real question' });
    await eventually(async () => events[0], 'the real mail');
    expect(events.map((event) => event.subject)).toEqual(['A person']);
    expect(Number(host.position!.split(':')[1])).toBe(before + automated.length + 1);
  });

  it('sends a reply with its subject, thread headers and attachment, under a Message-ID derived from the message id', async () => {
    const message = {
      messageId: 'msg-0001',
      text: 'Your order ships tomorrow.',
      channel,
      clientChannelId: 'client-channel-1',
      platformId: customer.address,
      subject: 'Re: Order 1042',
      thread: { inReplyTo: '<question@example.test>', references: ['<first@example.test>'] },
      attachments: [{ kind: 'IMAGE' as const, name: 'price-list.png', contentType: 'image/png', size: png.length, url: `${filesUrl}/files/price-list.png` }],
    };
    const { externalId } = await driver.send(message);
    expect(externalId).toBe('<msg-0001@example.test>');
    const reply = await eventually(async () => (await readMailbox(servers, customer)).find((mail) => mail.messageId === externalId), 'the reply in the customer mailbox');
    expect(reply.subject).toBe('Re: Order 1042');
    expect(reply.inReplyTo).toBe('<question@example.test>');
    expect(reply.references).toEqual(['<first@example.test>', '<question@example.test>']);
    expect(reply.from?.value[0]).toEqual({ name: 'Acme Support', address: 'support@example.test' });
    expect(reply.text?.trim()).toBe('Your order ships tomorrow.');
    expect(reply.attachments.map((file) => [file.filename, file.content.equals(png)])).toEqual([['price-list.png', true]]);
    // A retry of the same message is recognisable by the customer's mail program: the same Message-ID.
    expect((await driver.send({ ...message, attachments: [] })).externalId).toBe(externalId);
  });

  it('gives a message without a subject a sensible one', async () => {
    const { externalId } = await driver.send({ messageId: 'msg-0002', text: 'Hello', channel, clientChannelId: 'c', platformId: customer.address, subject: null, thread: null });
    const mail = await eventually(async () => (await readMailbox(servers, customer)).find((item) => item.messageId === externalId), 'the mail');
    expect(mail.subject).toBe('Message from Acme Support');
    expect(mail.inReplyTo).toBeUndefined();
  });

  it('fails with a plain (retryable) error when the SMTP server is down', async () => {
    const downPort = await freePort();
    expect(await portAccepts(downPort)).toBe(false);
    const down = { ...channel, config: { ...channel.config, smtpPort: downPort } };
    const sending = driver.send({ messageId: 'msg-0003', text: 'Hello', channel: down, clientChannelId: 'c', platformId: customer.address });
    await expect(sending).rejects.toThrow(/SMTP 127\.0\.0\.1:\d+/);
    await expect(sending).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('fails permanently (chat not found) for a recipient the mail server does not know', async () => {
    const sending = driver.send({ messageId: 'msg-0006', text: 'Hello', channel, clientChannelId: 'c', platformId: 'nobody@example.test' });
    await expect(sending).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(sending).rejects.toMatchObject({ code: 'CHAT_NOT_FOUND', message: expect.stringMatching(/refused the recipient: 550 .*nobody@example\.test/) });
  });

  it('fails permanently (channel auth) when the SMTP server refuses the password, and for a recipient that is no address', async () => {
    const wrong = { ...channel, secrets: { ...channel.secrets, smtpPassword: 'wrong' } };
    const refused = driver.send({ messageId: 'msg-0004', text: 'Hello', channel: wrong, clientChannelId: 'c', platformId: customer.address });
    await expect(refused).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(refused).rejects.toMatchObject({ code: 'CHANNEL_AUTH' });
    await expect(driver.send({ messageId: 'msg-0005', text: 'Hello', channel, clientChannelId: 'c', platformId: 'not an address' })).rejects.toMatchObject({ code: 'CHAT_NOT_FOUND' });
  });

  it('reads the recent mail again after the UIDVALIDITY changed, reporting it, storing only mail it had not stored', async () => {
    const { host, events, failures } = recordingHost();
    // The mailbox's history from before the channel: neither the first run nor the re-read after a rebuild takes it.
    await appendMail(servers, support, 'From: customer@example.test\nSubject: Old history\nMessage-ID: <old@example.test>\n\nfrom 2020\n', new Date('2020-01-01T10:00:00Z'));
    const first = await listen(host);
    await sendMail(servers, customer, { to: support.address, subject: 'Kept', text: 'stored before the rebuild' });
    await eventually(async () => events[0], 'the first mail');
    first.controller.abort();
    await first.done;
    // Dovecot forgets its UIDs (a new UIDVALIDITY) when its uid list and index are gone: a rebuilt mailbox.
    const maildir = join(servers.dir, 'mail', support.address, 'Maildir');
    for (const file of ['dovecot-uidlist', 'dovecot.index', 'dovecot.index.cache', 'dovecot.index.log']) await rm(join(maildir, file), { force: true });
    await sendMail(servers, customer, { to: support.address, subject: 'After rebuild', text: 'delivered after the rebuild' });
    await eventually(async () => ((await readMailbox(servers, support)).some((mail) => mail.subject === 'After rebuild') ? true : undefined), 'delivery');
    const [validityBefore] = host.position!.split(':');
    await listen(host);
    await eventually(async () => events.find((event) => event.subject === 'After rebuild'), 'the mail after the rebuild');
    // The earlier tests' mail is read again too (this host never stored it); what it had stored comes once.
    expect(events.filter((event) => event.subject === 'Kept')).toHaveLength(1);
    expect(events.map((event) => event.subject)).not.toContain('Old history');
    // Reported once (a dropped connection under load may be reported beside it).
    expect(failures.map((error) => error.message).filter((message) => message.includes('UIDVALIDITY'))).toEqual([
      expect.stringMatching(/UIDVALIDITY changed .*: reading the mail since \d{4}-\d\d-\d\d again/),
    ]);
    expect(host.position!.split(':')[0]).not.toBe(validityBefore);
  });
});
