import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Keyboard } from 'vk-io';
import {
  ChannelConnectError,
  WebhookRefused,
  type ChannelCapabilities,
  type ChannelDriver,
  type ChannelSecrets,
  type DriverChannel,
  type InboundEvent,
  type OutboundMessage,
} from '../driver.ts';
import { paces, takeTurns } from '../pace.ts';
import { deliveryError, vkClient } from './vk-api.ts';
import { vkEvents, type VkUpdate } from './vk-events.ts';
import { longPoll } from './vk-long-poll.ts';
import { activateVk, deactivateVk } from './vk-setup.ts';

export const vkCapabilities: ChannelCapabilities = {
  maxTextLength: 4096,
  // Audio goes as a document: a voice message must be recorded as one (OGG/Opus), not any audio file.
  media: ['IMAGE', 'DOCUMENT', 'AUDIO'],
  buttons: true,
  editWithinMs: 24 * 3600_000,
  deleteWithinMs: 24 * 3600_000,
  readReceipts: true,
  replyWindowMs: null,
  templates: false,
  subject: false,
};

// A one-time keyboard holds 10 rows; a button's label holds 40 characters.
const maxButtons = 10;
const maxLabel = 40;

/**
 * VK community messages. Settings keep the community id and the Callback API confirmation code; the community's
 * access token and the Callback API secret are secrets. Inbound comes by the Callback API (`webhook`) when the
 * product has a public URL, or by the Bots Long Poll API (`listen`) when it has none.
 */
export function vkDriver(options: { apiRoot?: string } = {}): ChannelDriver {
  const apiRoot = (options.apiRoot ?? 'https://api.vk.com/method').replace(/\/$/, '');
  const client = (channel: DriverChannel) => vkClient(apiRoot, channel.secrets.accessToken ?? '');
  // A community token makes 20 calls a second (pace.ts): a send takes one, and two more per file (upload server, save).
  const turns = paces(20);
  const groupId = (channel: DriverChannel) => Number(channel.config.groupId);

  async function attachments(channel: DriverChannel, message: OutboundMessage): Promise<string[]> {
    const { upload } = client(channel);
    const peer = Number(message.platformId);
    const uploaded: string[] = [];
    for (const file of message.attachments ?? []) {
      const source = { value: file.url, filename: file.name, contentType: file.contentType };
      const attachment =
        file.kind === 'IMAGE'
          ? await upload.messagePhoto({ peer_id: peer, source })
          : await upload.messageDocument({ peer_id: peer, source, title: file.name });
      uploaded.push(String(attachment));
    }
    return uploaded;
  }

  // Events carry ids only: the senders' names come from users.get, best effort (a failure leaves them unnamed).
  async function named(channel: DriverChannel, events: InboundEvent[]): Promise<InboundEvent[]> {
    const users = [...new Set(events.flatMap((event) => (event.type === 'message' && isUser(event.from.platformId) ? [event.from.platformId] : [])))];
    if (!users.length) return events;
    type User = { id: number; first_name?: string; last_name?: string; screen_name?: string };
    const found = (await client(channel)
      .api.users.get({ user_ids: users, fields: ['screen_name'] })
      .catch(() => [])) as User[];
    const byId = new Map(found.map((user) => [String(user.id), user]));
    return events.map((event) => {
      const user = event.type === 'message' ? byId.get(event.from.platformId) : undefined;
      if (event.type !== 'message' || !user) return event;
      const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || null;
      return { ...event, from: { ...event.from, name, username: user.screen_name ?? null } };
    });
  }

  return {
    kind: 'VK',
    capabilities: vkCapabilities,
    fields: [
      { name: 'groupId', secret: false, type: 'number' },
      { name: 'accessToken', secret: true, type: 'password' },
      // Blank: made up at connect when the product has a public URL (activate gives it to VK), else long poll.
      { name: 'callbackSecret', secret: true, optional: true, type: 'password' },
      { name: 'confirmationCode', secret: false, optional: true },
    ],

    async connect(input, webhookUrl) {
      const groupId = Number(input.groupId?.trim().replace(/^-/, '').replace(/^club/, ''));
      const accessToken = input.accessToken?.trim() ?? '';
      if (!Number.isSafeInteger(groupId) || groupId <= 0 || !accessToken) throw new ChannelConnectError('Enter the community id (a number) and its access token.');
      const { api } = vkClient(apiRoot, accessToken);
      let name: string;
      try {
        const answer: unknown = await api.groups.getById({ group_id: groupId });
        // 5.194+ answers { groups, profiles }; older versions a bare array.
        const groups = Array.isArray(answer) ? (answer as { id: number; name: string }[]) : (answer as { groups: { id: number; name: string }[] }).groups;
        const group = groups.find((found) => found.id === groupId);
        if (!group) throw new ChannelConnectError(`The access token does not belong to community ${groupId}.`);
        name = group.name;
      } catch (error) {
        if (error instanceof ChannelConnectError) throw error;
        throw new ChannelConnectError(`VK did not accept the community access token: ${(error as Error).message}.`);
      }
      let confirmationCode = input.confirmationCode?.trim() || null;
      if (!confirmationCode) {
        // Only a token with the "manage" right may read it; without, the operator types it (or uses long poll).
        confirmationCode = await api.groups
          .getCallbackConfirmationCode({ group_id: groupId })
          .then((answer) => answer.code)
          .catch(() => null);
      }
      // With a public URL `activate` sets up the Callback API server, so a secret is made up when none was given.
      const callbackSecret = input.callbackSecret?.trim() || (webhookUrl ? randomBytes(24).toString('base64url') : '');
      const secrets: ChannelSecrets = callbackSecret ? { accessToken, callbackSecret } : { accessToken };
      return { config: { groupId, confirmationCode }, secrets, name };
    },

    activate: (channel) => activateVk(apiRoot, channel),
    deactivate: (channel) => deactivateVk(apiRoot, channel),

    async send(message) {
      await takeTurns(turns(String(message.channel.config.groupId)), message.platformId, message.sendBy?.getTime(), 1 + 2 * (message.attachments?.length ?? 0), 'VK');
      try {
        const { api } = client(message.channel);
        const attachment = await attachments(message.channel, message);
        const { text, keyboard } = withButtons(message.text, message.buttons ?? []);
        const id = await api.messages.send({
          peer_id: Number(message.platformId),
          random_id: randomId(message.messageId),
          message: text,
          ...(attachment.length ? { attachment: attachment.join(',') } : {}),
          ...(keyboard ? { keyboard } : {}),
        });
        return { externalId: String(id) };
      } catch (error) {
        throw deliveryError(error);
      }
    },

    async edit(message) {
      try {
        await client(message.channel).api.messages.edit({
          peer_id: Number(message.platformId),
          message_id: Number(message.externalId),
          message: message.text,
          keep_forward_messages: 1,
          keep_snippets: 1,
        });
      } catch (error) {
        throw deliveryError(error);
      }
    },

    async delete(message) {
      try {
        await client(message.channel).api.messages.delete({
          peer_id: Number(message.platformId),
          message_ids: Number(message.externalId),
          delete_for_all: 1,
        });
      } catch (error) {
        throw deliveryError(error);
      }
    },

    async webhook(channel, request) {
      let update: VkUpdate;
      try {
        update = JSON.parse(request.body.toString('utf8')) as VkUpdate;
      } catch {
        throw new WebhookRefused('The body is not JSON.', 400);
      }
      if (update.group_id !== groupId(channel)) throw new WebhookRefused('The call is for another community.', 403);
      if (update.type === 'confirmation') {
        const code = channel.config.confirmationCode
          ? String(channel.config.confirmationCode)
          : (await client(channel).api.groups.getCallbackConfirmationCode({ group_id: groupId(channel) })).code;
        return { events: [], status: 200, body: code, contentType: 'text/plain' };
      }
      // Without a secret anyone could post events: Settings must have one for the Callback API.
      const expected = channel.secrets.callbackSecret ?? '';
      const given = typeof update.secret === 'string' ? update.secret : '';
      if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
        throw new WebhookRefused('The Callback API secret does not match.');
      }
      return { events: await named(channel, vkEvents(groupId(channel), [update])), status: 200, body: 'ok', contentType: 'text/plain' };
    },

    listen: (channel, host, signal) => longPoll(apiRoot, channel, host, signal, (events) => named(channel, events)),

    async download(_channel, ref) {
      const response = await fetch(ref, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`VK answered ${response.status} for the file.`);
      return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? undefined };
    },
  };
}

// Users have positive ids; group chats' peers start at 2e9 and have no one name.
function isUser(platformId: string): boolean {
  const id = Number(platformId);
  return id > 0 && id < 2_000_000_000;
}

/** VK's idempotency key: the same outbound message always gets the same positive 31-bit `random_id`. */
export function randomId(messageId: string): number {
  return createHash('sha256').update(messageId).digest().readUInt32BE(0) & 0x7fffffff || 1;
}

// Labels that fit become a one-time keyboard (a press sends the label as the client's text); more or longer ones
// become numbered lines the client answers by typing.
function withButtons(text: string, buttons: readonly string[]): { text: string; keyboard?: string } {
  if (!buttons.length) return { text };
  if (buttons.length > maxButtons || buttons.some((label) => label.length > maxLabel)) {
    return { text: `${text}\n\n${buttons.map((label, index) => `${index + 1}. ${label}`).join('\n')}` };
  }
  const builder = Keyboard.builder().oneTime();
  for (const label of buttons) builder.textButton({ label, payload: { button: label } }).row();
  return { text, keyboard: String(builder) };
}
