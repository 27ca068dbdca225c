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

/** The user's INBOX (or another folder), parsed, oldest first. */
export async function readMailbox(servers: MailServers, user: MailUser, folder = 'INBOX'): Promise<ParsedMail[]> {
  return Promise.all((await readFolder(servers, user, folder)).map((message) => simpleParser(message.source)));
}

/** A folder's messages as stored, with their flags, oldest first; none when the folder does not exist. */
export async function readFolder(servers: MailServers, user: MailUser, folder: string): Promise<{ source: Buffer; flags: Set<string> }[]> {
  return withMailbox(servers, user, async (client) => {
    if (!(await client.list()).some((listed) => listed.path === folder)) return [];
    const lock = await client.getMailboxLock(folder);
    try {
      if (!client.mailbox || client.mailbox.exists === 0) return [];
      const messages = await client.fetchAll('1:*', { source: true, flags: true });
      return messages.map((message) => ({ source: message.source!, flags: message.flags ?? new Set() }));
    } finally {
      lock.release();
    }
  });
}

/** The user's folders by path. */
export async function listFolders(servers: MailServers, user: MailUser): Promise<string[]> {
  return withMailbox(servers, user, async (client) => (await client.list()).map((listed) => listed.path));
}

/** Makes a folder in the user's mailbox, as their mail program would. */
export async function createFolder(servers: MailServers, user: MailUser, folder: string): Promise<void> {
  await withMailbox(servers, user, (client) => client.mailboxCreate(folder));
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
