import { randomBytes } from 'node:crypto';
import { ChannelConnectError, PermanentDeliveryError, type ChannelCapabilities, type ChannelDriver, type DriverChannel, type OutboundAttachment, type OutboundMessage } from '../driver.ts';
import { paces, takeTurns } from '../pace.ts';
import { deliveryError, graph, GraphError } from './whatsapp-graph.ts';
import { whatsappWebhook } from './whatsapp-webhook.ts';

export const whatsappCapabilities: ChannelCapabilities = {
  maxTextLength: 4096,
  media: ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'],
  buttons: true,
  editWithinMs: null,
  deleteWithinMs: null,
  readReceipts: true,
  replyWindowMs: 24 * 3600_000,
  templates: true,
  subject: false,
};

// Platform limits for interactive messages (Cloud API "Interactive messages"): 3 reply buttons of 20 characters,
// or a list of 10 rows of 24 characters; the body of either holds 1024 characters, a media caption as many.
const maxReplyButtons = 3;
const maxButtonTitle = 20;
const maxListRows = 10;
const maxRowTitle = 24;
const maxInteractiveBody = 1024;
const maxCaption = 1024;

type SendAnswer = { messages?: { id: string }[] };
type Payload = Record<string, unknown>;

/**
 * WhatsApp Business Cloud API (Meta's Graph API). Settings keep the phone number id, the business account id and the
 * verify token that Meta's console asks for; the access token and the app secret (webhook signatures) are secrets.
 */
export function whatsappDriver(options: { apiRoot?: string } = {}): ChannelDriver {
  const apiRoot = (options.apiRoot ?? 'https://graph.facebook.com/v21.0').replace(/\/$/, '');
  const call = <T>(channel: DriverChannel, path: string, init?: Parameters<typeof graph>[3]) =>
    graph<T>(apiRoot, channel.secrets.accessToken ?? '', path, init);
  // A number sends 80 messages a second on the Cloud API (pace.ts); a message with files is one per file.
  const turns = paces(80);

  async function post(message: OutboundMessage, payload: Payload): Promise<string> {
    const body = { messaging_product: 'whatsapp', recipient_type: 'individual', to: message.platformId, ...payload };
    try {
      const answer = await call<SendAnswer>(message.channel, `${message.channel.config.phoneNumberId}/messages`, { method: 'POST', body });
      const id = answer.messages?.[0]?.id;
      if (!id) throw new Error('WhatsApp accepted the message without giving its id.');
      return id;
    } catch (error) {
      throw deliveryError(error);
    }
  }

  // POST /{phone-number-id} with `webhook_configuration`; an empty override_callback_uri removes the override.
  const setOverride = (channel: DriverChannel, configuration: { override_callback_uri: string; verify_token?: string }) =>
    call(channel, encodeURIComponent(String(channel.config.phoneNumberId)), { method: 'POST', body: { webhook_configuration: configuration } });

  return {
    kind: 'WHATSAPP',
    capabilities: whatsappCapabilities,
    fields: [
      { name: 'phoneNumberId', secret: false },
      { name: 'businessAccountId', secret: false },
      { name: 'accessToken', secret: true, type: 'password' },
      { name: 'appSecret', secret: true, type: 'password' },
      // Shown in Settings (kept in config) because the operator copies it into Meta's console; blank: generated.
      { name: 'verifyToken', secret: false, optional: true },
    ],

    async connect(input) {
      const phoneNumberId = input.phoneNumberId?.trim() ?? '';
      const businessAccountId = input.businessAccountId?.trim() ?? '';
      const accessToken = input.accessToken?.trim() ?? '';
      const appSecret = input.appSecret?.trim() ?? '';
      if (!phoneNumberId || !businessAccountId || !accessToken || !appSecret) {
        throw new ChannelConnectError('Enter the phone number id, the WhatsApp business account id, the access token and the app secret.');
      }
      let phone: { display_phone_number?: string; verified_name?: string };
      try {
        phone = await graph(apiRoot, accessToken, encodeURIComponent(phoneNumberId), { query: { fields: 'display_phone_number,verified_name' } });
      } catch (error) {
        if (error instanceof GraphError && error.status < 500) {
          throw new ChannelConnectError(`WhatsApp did not accept the access token for phone number id ${phoneNumberId}: ${error.error?.message ?? `HTTP ${error.status}`}.`);
        }
        throw new ChannelConnectError(`WhatsApp could not be reached to check the access token (${(error as Error).message}). Try again.`);
      }
      const verifyToken = input.verifyToken?.trim() || randomBytes(18).toString('base64url');
      const name = [phone.verified_name, phone.display_phone_number].filter(Boolean).join(' ') || `WhatsApp ${phoneNumberId}`;
      return {
        config: { phoneNumberId, businessAccountId, verifyToken, displayPhoneNumber: phone.display_phone_number ?? null },
        secrets: { accessToken, appSecret },
        name,
      };
    },

    async send(message) {
      const posts = message.template ? 1 : (message.attachments?.length ?? 0) + 1;
      await takeTurns(turns(String(message.channel.config.phoneNumberId)), message.platformId, message.sendBy?.getTime(), posts, 'WhatsApp');
      if (message.template) {
        const { name, language, parameters } = message.template;
        const components = parameters.length ? [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] : [];
        return { externalId: await post(message, { type: 'template', template: { name, language: { code: language }, components } }) };
      }
      if (message.text.length > whatsappCapabilities.maxTextLength) {
        throw new PermanentDeliveryError(`WhatsApp takes at most ${whatsappCapabilities.maxTextLength} characters in a message.`, 'TOO_LONG');
      }
      // One message per file (the platform takes one medium per message); the first carries the text as its
      // caption when it can. The id of the first message sent names the whole outbound message.
      const ids: string[] = [];
      const attachments = message.attachments ?? [];
      const captionFirst = !message.buttons?.length && message.text !== '' && message.text.length <= maxCaption && attachments[0]?.kind !== 'AUDIO';
      for (const [index, attachment] of attachments.entries()) {
        ids.push(await post(message, mediaPayload(attachment, index === 0 && captionFirst ? message.text : undefined)));
      }
      if (message.text !== '' && !(attachments.length && captionFirst)) ids.push(await post(message, textPayload(message.text, message.buttons ?? [])));
      const first = ids[0];
      if (!first) throw new Error('Nothing to send: the message has no text and no files.');
      return { externalId: first };
    },

    // Subscribes the app to the business account's webhooks (idempotent), then points the number's webhooks at this
    // channel's own address (Meta's "webhook overrides"; it first verifies the address with the hub.challenge GET):
    // several numbers of one app, each its own channel, each get their own events, whatever the app's callback URL.
    async activate(channel) {
      await call(channel, `${channel.config.businessAccountId}/subscribed_apps`, { method: 'POST' });
      if (!channel.webhookUrl) return;
      try {
        await setOverride(channel, { override_callback_uri: channel.webhookUrl, verify_token: String(channel.config.verifyToken ?? '') });
      } catch (error) {
        if (!(error instanceof GraphError)) throw error;
        throw new ChannelConnectError(
          `WhatsApp did not let phone number id ${channel.config.phoneNumberId} deliver to this channel's webhook address: ${error.error?.message ?? `HTTP ${error.status}`}.`,
        );
      }
    },

    // For good: the number's events go back to the app's callback URL. A paused channel keeps its override, so that
    // Meta's calls meet the pause (503) and are delivered again once it is resumed.
    async deactivate(channel, how) {
      if (how === 'disconnect' && channel.webhookUrl) await setOverride(channel, { override_callback_uri: '' });
    },

    webhook: async (channel, request) => whatsappWebhook(channel, request),

    async download(channel, ref) {
      const media = await call<{ url: string; mime_type?: string }>(channel, encodeURIComponent(ref));
      // The media URL also wants the bearer token, and answers the bytes themselves.
      const response = await fetch(media.url, { headers: { authorization: `Bearer ${channel.secrets.accessToken ?? ''}` }, signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`WhatsApp answered ${response.status} for the file of media ${ref}.`);
      return { bytes: Buffer.from(await response.arrayBuffer()), contentType: media.mime_type ?? response.headers.get('content-type') ?? undefined };
    },

    async templates(channel) {
      type Template = { name: string; language: string; status?: string; components?: { type: string; text?: string }[] };
      type Page = { data?: Template[]; paging?: { next?: string } };
      const found: { name: string; language: string; text: string; parameters: number }[] = [];
      let next: string | undefined = `${channel.config.businessAccountId}/message_templates`;
      for (let pages = 0; next && pages < 20; pages += 1) {
        const query: Record<string, string> | undefined =
          pages === 0 ? { status: 'APPROVED', fields: 'name,language,status,components', limit: '100' } : undefined;
        const page: Page = await call<Page>(channel, next, { query });
        for (const template of page.data ?? []) {
          if (template.status && template.status !== 'APPROVED') continue;
          const text = template.components?.find((component) => component.type === 'BODY')?.text ?? '';
          found.push({ name: template.name, language: template.language, text, parameters: countParameters(text) });
        }
        next = page.paging?.next;
      }
      return found;
    },
  };
}

function mediaPayload(attachment: OutboundAttachment, caption: string | undefined): Payload {
  const type = ({ IMAGE: 'image', VIDEO: 'video', AUDIO: 'audio', DOCUMENT: 'document' } as const)[attachment.kind];
  const media: Payload = { link: attachment.url };
  if (caption !== undefined) media.caption = caption;
  if (type === 'document') media.filename = attachment.name;
  return { type, [type]: media };
}

// Up to 3 short labels: reply buttons. Up to 10 labels of 24 characters: a list behind one button. More, or longer
// labels, or a body too long for an interactive message: plain text with the labels as numbered lines, which the
// client answers by typing.
function textPayload(text: string, buttons: readonly string[]): Payload {
  if (buttons.length && text.length <= maxInteractiveBody) {
    if (buttons.length <= maxReplyButtons && buttons.every((label) => label.length <= maxButtonTitle)) {
      const replies = buttons.map((title, index) => ({ type: 'reply', reply: { id: `b${index}`, title } }));
      return { type: 'interactive', interactive: { type: 'button', body: { text }, action: { buttons: replies } } };
    }
    if (buttons.length <= maxListRows && buttons.every((label) => label.length <= maxRowTitle)) {
      const rows = buttons.map((title, index) => ({ id: `b${index}`, title }));
      return { type: 'interactive', interactive: { type: 'list', body: { text }, action: { button: 'Choose', sections: [{ rows }] } } };
    }
  }
  const body = buttons.length ? `${text}\n\n${buttons.map((label, index) => `${index + 1}. ${label}`).join('\n')}` : text;
  return { type: 'text', text: { body, preview_url: /https?:\/\//.test(body) } };
}

/** A body's placeholders: positional `{{1}}` or named `{{first_name}}`, each counted once. */
function countParameters(text: string): number {
  return new Set([...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((match) => match[1])).size;
}
