import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FileKind } from '../../../files/file.entity.ts';
import { WebhookRefused, type DriverChannel, type InboundEvent, type InboundFile, type WebhookAnswer, type WebhookRequest } from '../driver.ts';

// The shapes of Meta's webhook payload ("Webhooks: messages" reference), only the parts read here.
type Media = { id: string; mime_type?: string; caption?: string; filename?: string; voice?: boolean };
type WaMessage = {
  id: string;
  from: string;
  timestamp?: string;
  type: string;
  text?: { body: string };
  image?: Media;
  document?: Media;
  audio?: Media;
  voice?: Media;
  video?: Media;
  sticker?: Media;
  interactive?: { type: string; button_reply?: { id: string; title: string }; list_reply?: { id: string; title: string } };
  button?: { text: string; payload?: string };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  referral?: { source_id?: string };
};
type WaStatus = {
  id: string;
  status: string;
  recipient_id?: string;
  errors?: { code: number; title: string; message?: string; error_data?: { details?: string } }[];
};
type ChangeValue = {
  metadata?: { phone_number_id?: string };
  contacts?: { wa_id: string; profile?: { name?: string } }[];
  messages?: WaMessage[];
  statuses?: WaStatus[];
};
type Notification = { object?: string; entry?: { changes?: { field?: string; value?: ChangeValue }[] }[] };

const statuses = { sent: 'SENT', delivered: 'DELIVERED', read: 'READ', failed: 'FAILED' } as const;
const mediaKinds: Record<string, FileKind> = { image: 'IMAGE', sticker: 'IMAGE', document: 'DOCUMENT', audio: 'AUDIO', voice: 'AUDIO', video: 'VIDEO' };

/** Meta's GET handshake (answer the challenge when the verify token matches) and its signed POST notifications. */
export function whatsappWebhook(channel: DriverChannel, request: WebhookRequest): WebhookAnswer {
  if (request.method === 'GET') return verification(channel, request.query);
  const signature = header(request, 'x-hub-signature-256');
  const appSecret = channel.secrets.appSecret;
  if (!appSecret || !signature?.startsWith('sha256=')) throw new WebhookRefused('The call carries no X-Hub-Signature-256.');
  const expected = createHmac('sha256', appSecret).update(request.body).digest();
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new WebhookRefused('The X-Hub-Signature-256 does not match the app secret.');
  let notification: Notification;
  try {
    notification = JSON.parse(request.body.toString('utf8')) as Notification;
  } catch {
    throw new WebhookRefused('The body is not JSON.', 400);
  }
  const elsewhere = otherNumbers(channel, notification).map((phoneNumberId) => ({ phoneNumberId }));
  return { events: notificationEvents(channel, notification), status: 200, body: 'ok', contentType: 'text/plain', ...(elsewhere.length ? { elsewhere } : {}) };
}

function verification(channel: DriverChannel, query: URLSearchParams): WebhookAnswer {
  const expected = String(channel.config.verifyToken ?? '');
  const given = query.get('hub.verify_token') ?? '';
  const same = expected !== '' && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (query.get('hub.mode') !== 'subscribe' || !same) throw new WebhookRefused('The verify token does not match.', 403);
  return { events: [], status: 200, body: query.get('hub.challenge') ?? '', contentType: 'text/plain' };
}

function header(request: WebhookRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The app's other numbers the notification speaks of: their events reach this address when it is the app's callback
 * URL and they have no override of their own yet (or it was changed in Meta's console).
 */
function otherNumbers(channel: DriverChannel, notification: Notification): string[] {
  if (notification.object !== 'whatsapp_business_account') return [];
  const ids = (notification.entry ?? []).flatMap((entry) => entry.changes ?? []).map((change) => change.value?.metadata?.phone_number_id);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== '' && id !== channel.config.phoneNumberId))];
}

function notificationEvents(channel: DriverChannel, notification: Notification): InboundEvent[] {
  if (notification.object !== 'whatsapp_business_account') return [];
  const events: InboundEvent[] = [];
  for (const change of (notification.entry ?? []).flatMap((entry) => entry.changes ?? [])) {
    const value = change.value;
    // One app's webhook gets every number of the app: keep this channel's.
    if (change.field !== 'messages' || !value || value.metadata?.phone_number_id !== channel.config.phoneNumberId) continue;
    for (const message of value.messages ?? []) {
      const event = messageEvent(message, value.contacts ?? []);
      if (event) events.push(event);
    }
    for (const status of value.statuses ?? []) {
      const mapped = statuses[status.status as keyof typeof statuses];
      if (!mapped) continue;
      const error = status.errors?.[0];
      const reason = error ? `${error.title} (${error.code})${error.error_data?.details ? `: ${error.error_data.details}` : ''}` : null;
      events.push({ type: 'status', key: `status:${status.id}:${status.status}`, externalId: status.id, status: mapped, reason });
    }
  }
  return events;
}

function messageEvent(message: WaMessage, contacts: NonNullable<ChangeValue['contacts']>): InboundEvent | null {
  // Reactions, system notices and ephemeral types are not messages of the conversation.
  if (message.type === 'reaction' || message.type === 'system' || message.type === 'ephemeral') return null;
  const name = contacts.find((contact) => contact.wa_id === message.from)?.profile?.name ?? null;
  const files: InboundFile[] = [];
  const kind = mediaKinds[message.type];
  const media = kind ? mediaOf(message) : undefined;
  if (kind && media?.id) {
    const contentType = media.mime_type?.split(';')[0]?.trim() || 'application/octet-stream';
    files.push({ kind, name: media.filename ?? `${message.type}.${contentType.split('/')[1] ?? 'bin'}`, contentType, ref: media.id });
  }
  return {
    type: 'message',
    key: `message:${message.id}`,
    externalId: message.id,
    from: { platformId: message.from, name, phone: `+${message.from}` },
    text: messageText(message, media),
    files,
    tag: message.referral?.source_id ?? null,
    at: message.timestamp ? new Date(Number(message.timestamp) * 1000).toISOString() : undefined,
  };
}

function mediaOf(message: WaMessage): Media | undefined {
  const byType: Record<string, Media | undefined> = {
    image: message.image,
    sticker: message.sticker,
    document: message.document,
    audio: message.audio,
    voice: message.voice,
    video: message.video,
  };
  return byType[message.type];
}

function messageText(message: WaMessage, media: Media | undefined): string {
  switch (message.type) {
    case 'text':
      return message.text?.body ?? '';
    case 'interactive':
      return message.interactive?.button_reply?.title ?? message.interactive?.list_reply?.title ?? '';
    case 'button':
      return message.button?.text ?? '';
    case 'location': {
      const place = message.location;
      return place ? [place.name, place.address, `${place.latitude}, ${place.longitude}`].filter(Boolean).join('\n') : '';
    }
    default:
      // Media carry their caption; a type this driver does not know still reaches the inbox, named.
      return media?.caption ?? (mediaKinds[message.type] ? '' : `[${message.type}]`);
  }
}
