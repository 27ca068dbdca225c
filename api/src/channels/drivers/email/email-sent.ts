import { ImapFlow, type ListResponse } from 'imapflow';
import { imapOptions, type EmailSettings } from './email-config.ts';

/**
 * Keeps a copy of a sent mail (its very bytes, marked read) in the mailbox's Sent folder, where the business's own
 * mail program shows it. A retried delivery sends the same Message-ID: a copy with it already there is not added
 * again. The listener follows the INBOX only, so the copy never comes back as a client's message.
 */
export async function copyToSent(settings: EmailSettings, raw: Buffer, messageId: string): Promise<void> {
  const client = new ImapFlow(imapOptions(settings));
  // Errors also reject the running command, which the caller reports.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const folder = sentFolder(await client.list()) ?? (await client.mailboxCreate('Sent')).path;
    const lock = await client.getMailboxLock(folder);
    try {
      const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
      if (found && found.length) return;
      await client.append(folder, raw, ['\\Seen']);
    } finally {
      lock.release();
    }
  } finally {
    if (client.usable) await client.logout().catch(() => client.close());
    else client.close();
  }
}

/** The folder the server flags \Sent (SPECIAL-USE), else one imapflow knows by a Sent folder's name, else "Sent". */
export function sentFolder(folders: readonly Pick<ListResponse, 'path' | 'name' | 'specialUse' | 'specialUseSource'>[]): string | null {
  const flagged = folders.filter((folder) => folder.specialUse === '\\Sent');
  const found = flagged.find((folder) => folder.specialUseSource === 'extension') ?? flagged[0] ?? folders.find((folder) => folder.name.toLowerCase() === 'sent');
  return found?.path ?? null;
}
