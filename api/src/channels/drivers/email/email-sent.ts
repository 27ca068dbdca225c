import { ImapFlow, type ListResponse } from 'imapflow';
import { imapOptions, type EmailSettings } from './email-config.ts';

/**
 * Keeps a copy of a sent mail (its very bytes, marked read) in the mailbox's Sent folder, where the business's own
 * mail program shows it. A retried delivery sends the same Message-ID: a copy with it already there is not added
 * again. The listener follows the INBOX only, so the copy never comes back as a client's message.
 */
export async function copyToSent(settings: EmailSettings, raw: Buffer, messageId: string, timeoutMs = 10_000): Promise<void> {
  const client = new ImapFlow(imapOptions(settings));
  // Errors also reject the running command, which the caller reports.
  client.on('error', () => undefined);
  // The mail is out but not yet marked sent: a slow server must not hold the delivery past its claim, when another
  // attempt would send the mail again. Closing the connection rejects whatever command is running.
  let late = false;
  const timer = setTimeout(() => ((late = true), client.close()), timeoutMs);
  try {
    await client.connect();
    await keepCopy(client, raw, messageId);
  } catch (error) {
    throw late ? new Error(`no answer within ${timeoutMs / 1000} s`) : error;
  } finally {
    clearTimeout(timer);
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
}

async function keepCopy(client: ImapFlow, raw: Buffer, messageId: string) {
  const folder = sentFolder(await client.list()) ?? (await client.mailboxCreate('Sent')).path;
  const lock = await client.getMailboxLock(folder);
  try {
    const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    if (found && found.length) return;
    await client.append(folder, raw, ['\\Seen']);
  } finally {
    lock.release();
  }
}

/** The folder the server flags \Sent (SPECIAL-USE), else one imapflow knows by a Sent folder's name, else "Sent". */
export function sentFolder(folders: readonly Pick<ListResponse, 'path' | 'name' | 'specialUse' | 'specialUseSource'>[]): string | null {
  const flagged = folders.filter((folder) => folder.specialUse === '\\Sent');
  const found = flagged.find((folder) => folder.specialUseSource === 'extension') ?? flagged[0] ?? folders.find((folder) => folder.name.toLowerCase() === 'sent');
  return found?.path ?? null;
}
