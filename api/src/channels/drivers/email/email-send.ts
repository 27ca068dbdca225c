import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutboundAttachment, OutboundMessage } from '../driver.ts';
import { PermanentDeliveryError } from '../driver.ts';
import { mailBodies } from './email-body.ts';
import { emailSettings, isAddress, smtpOptions, type EmailSettings } from './email-config.ts';
import { imapError } from './email-listen.ts';
import { copyToSent } from './email-sent.ts';

/**
 * The Message-ID of an outbound message: derived from the product's message id, so a retried send carries the same
 * id (the customer's mail client shows it once, and a reply names it in In-Reply-To).
 */
export function outboundMessageId(messageId: string, address: string): string {
  const domain = address.split('@')[1] || 'localhost';
  return `<${messageId.replace(/[^\w.-]/g, '')}@${domain}>`;
}

/**
 * The mail is composed once (multipart/alternative: the text, and HTML made from it; an answer quotes the client's
 * mail), sent over SMTP, then the same bytes are kept in the mailbox's Sent folder. The mail is out once SMTP took it:
 * a copy that cannot be kept is the answer's `problem`, never a failed (and so repeated) delivery.
 */
export async function sendEmail(message: OutboundMessage): Promise<{ externalId: string; problem?: Error }> {
  const settings = emailSettings(message.channel);
  const to = message.platformId.trim();
  if (!isAddress(to)) throw new PermanentDeliveryError(`"${to}" is not an e-mail address.`, 'CHAT_NOT_FOUND');
  const messageId = outboundMessageId(message.messageId, settings.address);
  const attachments = await Promise.all((message.attachments ?? []).map(fetchAttachment));
  const thread = message.thread;
  const references = threadReferences([...(thread?.references ?? []), ...(thread?.inReplyTo ? [thread.inReplyTo] : [])]);
  const mail: Mail.Options = {
    from: settings.displayName ? { name: settings.displayName, address: settings.address } : settings.address,
    to,
    subject: message.subject?.trim() || defaultSubject(settings),
    ...mailBodies(message.text, thread?.quote ?? null),
    attachments,
    messageId,
    date: new Date(),
    inReplyTo: thread?.inReplyTo ?? undefined,
    references: references.length ? references : undefined,
  };
  const raw = await new MailComposer(mail).compile().build();
  const transport = createTransport(smtpOptions(settings));
  try {
    await transport.sendMail({ envelope: { from: settings.address, to: [to] }, raw });
  } catch (error) {
    throw deliveryError(error, settings);
  } finally {
    transport.close();
  }
  if (!settings.copyToSent) return { externalId: messageId };
  try {
    await copyToSent(settings, raw, messageId);
    return { externalId: messageId };
  } catch (error) {
    return { externalId: messageId, problem: new Error(`The mail was sent, but its copy was not kept in Sent: ${imapError(error, settings).message}`) };
  }
}

// Past this many ids a thread's References keeps its first (the thread's start) and its last ones (RFC 5322 §3.6.4
// allows trimming; mail programs do the same), so a long exchange does not grow every header without end.
const maxReferences = 21;

/** Thread ids in order, each once, trimmed to the first and the last 20. */
export function threadReferences(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  return unique.length <= maxReferences ? unique : [unique[0]!, ...unique.slice(-(maxReferences - 1))];
}

const defaultSubject = (settings: EmailSettings) => `Message from ${settings.displayName ?? settings.address}`;

async function fetchAttachment(attachment: OutboundAttachment): Promise<Mail.Attachment> {
  let response: Response;
  try {
    response = await fetch(attachment.url, { signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new Error(`Could not fetch the attachment ${attachment.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) {
    const problem = `Could not fetch the attachment ${attachment.name}: HTTP ${response.status}`;
    // A missing or forbidden file stays so; a server error may pass.
    throw response.status >= 500 || response.status === 429 ? new Error(problem) : new PermanentDeliveryError(problem, 'MEDIA_REJECTED');
  }
  return { filename: attachment.name, contentType: attachment.contentType, content: Buffer.from(await response.arrayBuffer()) };
}

type SmtpFailure = { code?: string; responseCode?: number; response?: string; message?: string };

/**
 * SMTP answers 4xx for "try later" and 5xx for "never": 4xx, timeouts and refused connections stay plain errors (the
 * delivery workflow retries), 5xx become permanent failures with the server's words.
 */
function deliveryError(error: unknown, settings: EmailSettings): Error {
  const failure = (error && typeof error === 'object' ? error : {}) as SmtpFailure;
  const said = failure.response || failure.message || String(error);
  const { host, port, user } = settings.smtp;
  if (failure.code === 'EAUTH') {
    return new PermanentDeliveryError(`The SMTP server ${host}:${port} refused the login of ${user}: ${said}`, 'CHANNEL_AUTH');
  }
  const status = failure.responseCode ?? 0;
  if (status < 500 || status > 599) return new Error(`SMTP ${host}:${port}: ${said}`);
  // 550/551/553 on RCPT TO: no such mailbox; 552 / 5.3.4: the message is too big for the server.
  if (failure.code === 'EENVELOPE' && [550, 551, 553].includes(status)) {
    return new PermanentDeliveryError(`The mail server refused the recipient: ${said}`, 'CHAT_NOT_FOUND');
  }
  if (status === 552 || /\b5\.3\.4\b/.test(said)) return new PermanentDeliveryError(`The message is too big for the mail server: ${said}`, 'MEDIA_REJECTED');
  return new PermanentDeliveryError(`The mail server refused the message: ${said}`, 'PLATFORM_ERROR');
}
