// Test-only: what the other side of the conversation does with the test servers (a customer's mail program).
import { ImapFlow } from 'imapflow';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { MailServers, MailUser } from './mail-servers.ts';

/** Sends over the servers' SMTP with the user's login, the way a mail program does. */
export async function sendMail(servers: MailServers, user: MailUser, mail: Mail.Options): Promise<string> {
  const transport = createTransport({ host: servers.host, port: servers.smtpPort, secure: false, ignoreTLS: true, auth: { user: user.address, pass: user.password } });
  try {
    const info = await transport.sendMail({ from: user.address, ...mail });
    return info.messageId;
  } finally {
    transport.close();
  }
}

async function withMailbox<T>(servers: MailServers, user: MailUser, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: servers.host, port: servers.imapPort, secure: false, doSTARTTLS: false, auth: { user: user.address, pass: user.password }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

/** Puts a raw message straight into the user's INBOX (IMAP APPEND): for mail a mail program would not compose. */
export async function appendMail(servers: MailServers, user: MailUser, raw: string, arrived?: Date): Promise<void> {
  await withMailbox(servers, user, (client) => client.append('INBOX', Buffer.from(raw.replace(/\r?\n/g, '\r\n')), [], arrived));
}

/** The user's INBOX, parsed, oldest first. */
export async function readMailbox(servers: MailServers, user: MailUser): Promise<ParsedMail[]> {
  return withMailbox(servers, user, async (client) => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      if (!client.mailbox || client.mailbox.exists === 0) return [];
      const messages = await client.fetchAll('1:*', { source: true });
      return Promise.all(messages.map((message) => simpleParser(message.source!)));
    } finally {
      lock.release();
    }
  });
}

/** Polls until `check` passes (mail delivery through the queue takes a moment); no fixed sleeps. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
