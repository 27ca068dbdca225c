import { setTimeout as sleep } from 'node:timers/promises';
import { ImapFlow } from 'imapflow';
import type { DriverChannel, InboundEvent, ListenHost } from '../driver.ts';
import { emailSettings, imapOptions, type EmailSettings } from './email-config.ts';
import { inboundEvent } from './email-inbound.ts';

export type ListenOptions = {
  /** Waits between reconnects: doubles from `min` to `max`, back to `min` once a connection works. */
  backoffMs: { min: number; max: number };
  /**
   * IDLE is renewed (and the mailbox searched again) this often even when the server reports nothing: below
   * imapflow's 5-minute socket timeout and the 29 minutes after which RFC 2177 lets a server drop an idle client.
   */
  recheckMs: number;
  /** Messages fetched and handed to the host per batch. */
  batchSize: number;
};

export const defaultListenOptions: ListenOptions = { backoffMs: { min: 1000, max: 60_000 }, recheckMs: 2 * 60_000, batchSize: 20 };

/**
 * The position is `<UIDVALIDITY>:<last UID handed to the host>:<day>` of the INBOX. UIDs only grow while UIDVALIDITY
 * stays, so "everything above the last UID" is exactly the mail not read yet, across restarts and reconnects. The day
 * (UTC, of the newest mail read, or of the first run) is a lower bound of the unread mail's arrival.
 *
 * First run (no position): the channel starts with the mail that arrives from now on; the mailbox's history is not
 * imported as a flood of old conversations.
 *
 * A changed UIDVALIDITY (the server rebuilt or replaced the mailbox) makes every stored UID meaningless. Rather than
 * skip mail (lost) or trust the old UID (wrong mail), the driver reports it on the channel's health and reads again
 * from the first mail that arrived since the day before the position's day (the whole mailbox when the position has
 * no day): events are keyed by Message-ID, so the host stores only the mail it had not stored yet.
 */
export type Position = { uidValidity: string; lastUid: number; day: string | null };

export function parsePosition(position: string | null): Position | null {
  const match = /^(\d+):(\d+)(?::(\d{4}-\d{2}-\d{2}))?$/.exec(position ?? '');
  return match ? { uidValidity: match[1]!, lastUid: Number(match[2]), day: match[3] ?? null } : null;
}
const formatPosition = (position: Position) => [position.uidValidity, position.lastUid, position.day].filter((part) => part !== null).join(':');
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Follows the INBOX with IDLE until `signal` aborts; reconnects with backoff when the connection fails. */
export async function listenMailbox(channel: DriverChannel, host: ListenHost, signal: AbortSignal, options: ListenOptions): Promise<void> {
  const settings = emailSettings(channel);
  let failures = 0;
  while (!signal.aborted) {
    const client = new ImapFlow(imapOptions(settings));
    // Connection errors also reject the running command or close the connection, which the loop below handles.
    client.on('error', () => undefined);
    const stop = () => client.close();
    signal.addEventListener('abort', stop, { once: true });
    try {
      await client.connect();
      const lock = await client.getMailboxLock('INBOX');
      try {
        host.ok();
        failures = 0;
        await follow(client, settings, host, signal, options);
      } finally {
        lock.release();
      }
    } catch (error) {
      if (!signal.aborted) host.failed(imapError(error, settings));
    } finally {
      signal.removeEventListener('abort', stop);
      if (client.usable) await client.logout().catch(() => client.close());
      else client.close();
    }
    if (signal.aborted) return;
    const wait = Math.min(options.backoffMs.max, options.backoffMs.min * 2 ** failures++);
    await sleep(wait, undefined, { signal }).catch(() => undefined);
  }
}

async function follow(client: ImapFlow, settings: EmailSettings, host: ListenHost, signal: AbortSignal, options: ListenOptions) {
  let position = parsePosition(host.position);
  // Set by the server's EXISTS news (new mail), also when it comes in the middle of a search.
  let changed = false;
  let wake: () => void = () => undefined;
  const onChange = () => {
    changed = true;
    wake();
  };
  client.on('exists', onChange);
  client.on('close', onChange);
  try {
    while (!signal.aborted) {
      if (!client.usable || !client.mailbox) throw new Error('the connection closed');
      const uidValidity = String(client.mailbox.uidValidity);
      let since: Date | undefined;
      if (!position) {
        position = { uidValidity, lastUid: client.mailbox.uidNext - 1, day: dayOf(new Date()) };
        await host.receive([], formatPosition(position));
      } else if (position.uidValidity !== uidValidity) {
        ({ position, since } = await rewind(client, host, position, uidValidity));
      }
      changed = false;
      position = await readNewMail(client, settings, host, position, options.batchSize, since);
      host.ok();
      if (changed || signal.aborted) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.recheckMs);
        signal.addEventListener('abort', done, { once: true });
        wake = done;
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          wake = () => undefined;
          resolve();
        }
        // IDLE ends by itself when the next command (the search above) runs.
        client.idle().catch(() => undefined);
      });
    }
  } finally {
    client.off('exists', onChange);
    client.off('close', onChange);
  }
}

/**
 * After a UIDVALIDITY change: the mail to read again is what arrived since the day before the old position's day
 * (SINCE compares dates in the server's time zone: a day earlier covers any zone). Its position in the new numbering,
 * just below the first such mail, is saved at once, so a restart in the middle of the re-read goes on from there
 * (without the date filter then: older mail the server numbered above it would be read too).
 */
async function rewind(client: ImapFlow, host: ListenHost, old: Position, uidValidity: string): Promise<{ position: Position; since?: Date }> {
  const since = old.day ? new Date(Date.parse(old.day) - 86_400_000) : null;
  const found = since ? await client.search({ since }, { uid: true }) : [];
  const lastUid = !since ? 0 : found && found.length ? Math.min(...found) - 1 : client.mailbox ? client.mailbox.uidNext - 1 : 0;
  const what = since ? `the mail since ${dayOf(since)}` : 'the whole mailbox';
  host.failed(new Error(`The mailbox's UIDVALIDITY changed from ${old.uidValidity} to ${uidValidity} (the server rebuilt it): reading ${what} again; mail already stored is skipped by its Message-ID.`));
  const position = { uidValidity, lastUid, day: old.day };
  await host.receive([], formatPosition(position));
  return { position, since: since ?? undefined };
}

/** Hands the mail above `position` to the host batch by batch, each batch with the position after it. */
async function readNewMail(client: ImapFlow, settings: EmailSettings, host: ListenHost, position: Position, batchSize: number, since?: Date): Promise<Position> {
  const found = await client.search({ uid: `${position.lastUid + 1}:*`, ...(since && { since }) }, { uid: true });
  // `n:*` also names the highest UID when it is below n: keep only the new ones.
  const uids = (found || []).filter((uid) => uid > position.lastUid).sort((a, b) => a - b);
  for (let start = 0; start < uids.length; start += batchSize) {
    const batch = uids.slice(start, start + batchSize);
    const messages = await client.fetchAll(batch.join(','), { uid: true, source: true, internalDate: true }, { uid: true });
    const events: InboundEvent[] = [];
    let day = position.day;
    // Never past today: a mail appended with a future date must not hide the mail after it from a re-read.
    const today = dayOf(new Date());
    for (const message of messages.sort((a, b) => a.uid - b.uid)) {
      const arrived = message.internalDate ? dayOf(new Date(message.internalDate)) : null;
      if (arrived && (!day || arrived > day)) day = arrived < today ? arrived : today;
      if (!message.source) continue;
      try {
        const event = await inboundEvent(message.source, { uidValidity: position.uidValidity, uid: message.uid, host: settings.imap.host }, settings.address);
        if (event) events.push(event);
      } catch (error) {
        // One unreadable message must not stop the mailbox: it is reported, and the rest goes on.
        host.failed(new Error(`Could not read the e-mail with UID ${message.uid}: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    position = { uidValidity: position.uidValidity, lastUid: batch.at(-1)!, day };
    await host.receive(events, formatPosition(position));
  }
  return position;
}

export function imapError(error: unknown, settings: EmailSettings): Error {
  const { host, port, user } = settings.imap;
  if (isAuthFailure(error)) return new Error(`The IMAP server ${host}:${port} refused the login of ${user}: ${imapDetail(error)}`);
  return new Error(`IMAP ${host}:${port}: ${imapDetail(error)}`);
}

export const isAuthFailure = (error: unknown) => Boolean(error && typeof error === 'object' && 'authenticationFailed' in error && error.authenticationFailed);

/** The server's own words when it said something, else the socket's error. */
export function imapDetail(error: unknown): string {
  return error instanceof Error ? (error as { responseText?: string }).responseText || error.message : String(error);
}
