import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import type { FileKind } from '../../../files/file.entity.ts';
import type { InboundEvent, InboundFile } from '../driver.ts';
import { threadReferences } from './email-send.ts';

/** Where a message sits in the mailbox: what names it when it has no Message-ID. */
export type MailboxSlot = { uidValidity: string; uid: number; host: string };

type MessageEvent = Extract<InboundEvent, { type: 'message' }>;

/**
 * One raw message (RFC 5322) as an inbound event, or null for mail that must not become a client's message: our own
 * mail (a copy of what the channel sent), auto-replies and bounces (answering them would loop), and mail without a
 * usable sender.
 */
export async function inboundEvent(source: Buffer, slot: MailboxSlot, ownAddress: string): Promise<MessageEvent | null> {
  const mail = await simpleParser(source, { skipTextToHtml: true, skipImageLinks: true, skipHtmlToText: true });
  const from = firstAddress(mail.from);
  if (!from?.address || !from.address.includes('@')) return null;
  const email = from.address.toLowerCase();
  if (email === ownAddress.toLowerCase() || isAutomated(mail, email)) return null;
  // The Message-ID keys the event: stable across re-reads, restarts and a changed UIDVALIDITY. Mail without one (rare,
  // broken senders) is named by its place in the mailbox instead.
  const externalId = mail.messageId ?? `<${slot.uid}.${slot.uidValidity}@${slot.host}>`;
  const html = mail.html ? sanitizeEmailHtml(mail.html) : null;
  const text = (mail.text ?? '').trim() || (html ? htmlText(html) : '');
  const files = mail.attachments.map(
    (attachment, index): InboundFile => ({
      kind: fileKind(attachment.contentType),
      name: attachment.filename ?? `attachment-${index + 1}`,
      contentType: attachment.contentType,
      base64: attachment.content.toString('base64'),
    }),
  );
  return {
    type: 'message',
    key: `message:${externalId}`,
    externalId,
    from: { platformId: email, email, name: from.name || null },
    text,
    html,
    files,
    subject: mail.subject ?? null,
    references: threadIds(mail),
    at: mail.date?.toISOString(),
  };
}

const firstAddress = (value: AddressObject | AddressObject[] | undefined) => (Array.isArray(value) ? value[0] : value)?.value[0];

/**
 * The ids of the thread this mail answers, oldest first: its References, or its In-Reply-To when it has none (RFC
 * 5322 §3.6.4: what an answer's References start with, before this mail's own Message-ID).
 */
function threadIds(mail: ParsedMail): string[] {
  const references = typeof mail.references === 'string' ? mail.references.split(/\s+/) : (mail.references ?? []);
  const ids = (references.length ? references : (mail.inReplyTo?.split(/\s+/) ?? [])).filter((id) => id.startsWith('<'));
  return threadReferences(ids);
}

const automaticPrecedence = new Set(['bulk', 'junk', 'list', 'auto_reply']);

/** Auto-replies (RFC 3834 and the common vacation headers) and delivery reports (RFC 3464, mailer daemons). */
export function isAutomated(mail: ParsedMail, sender: string): boolean {
  const header = (name: string) => rawHeader(mail, name)?.toLowerCase();
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (automaticPrecedence.has(header('precedence') ?? '')) return true;
  if (['x-autoreply', 'x-autorespond', 'x-failed-recipients'].some((name) => header(name) !== undefined)) return true;
  if (header('content-type')?.startsWith('multipart/report')) return true;
  // Delivery reports come from the null sender; the final server records it as `Return-Path: <>`.
  if (header('return-path')?.replace(/[<>\s]/g, '') === '') return true;
  const local = sender.split('@')[0] ?? '';
  return local === 'mailer-daemon' || local === 'postmaster';
}

/** A header's value as the sender wrote it (unfolded), undefined when absent. */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line === undefined ? undefined : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

// What an operator may see of a customer's HTML: formatting and links, nothing that runs, styles the inbox or loads
// from the sender's servers (tracking pixels): images only when the mail carries them (cid:) or inline (data:).
const htmlOptions: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align', 'valign'],
    th: ['colspan', 'rowspan', 'align', 'valign'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['cid', 'data'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, htmlOptions).trim();
}

const escaped: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of (already sanitised) HTML, one line per block, for a mail without a text part. */
export function htmlText(html: string): string {
  const lines = html.replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6]|blockquote|table|pre)>/gi, '\n');
  // Only the five characters sanitize-html escapes come back escaped: everything else was decoded on input.
  const text = sanitizeHtml(lines, { allowedTags: [], allowedAttributes: {} }).replace(/&(amp|lt|gt|quot|#39);/g, (entity) => escaped[entity] ?? entity);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function fileKind(contentType: string): FileKind {
  const type = contentType.split('/')[0];
  return type === 'image' ? 'IMAGE' : type === 'video' ? 'VIDEO' : type === 'audio' ? 'AUDIO' : 'DOCUMENT';
}
