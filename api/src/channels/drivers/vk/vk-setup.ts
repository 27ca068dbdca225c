import type { DriverChannel } from '../driver.ts';
import { vkApiVersion, vkClient } from './vk-api.ts';

// The events the driver reads, switched on for the Callback API server or for long poll.
const events = { api_version: vkApiVersion, message_new: 1, message_edit: 1, message_read: 1, message_allow: 1, message_deny: 1 } as const;
// VK limits a callback server's title to 14 characters.
const serverTitle = 'Inbox';

/**
 * Tells VK where to deliver: with a public URL, a Callback API server for it (added once, found again by its URL)
 * carrying the channel's secret; without, Bots Long Poll. Both need a token with the community's "manage" right.
 */
export async function activateVk(apiRoot: string, channel: DriverChannel): Promise<void> {
  const { api } = vkClient(apiRoot, channel.secrets.accessToken ?? '');
  const groupId = Number(channel.config.groupId);
  try {
    if (!channel.webhookUrl) {
      await api.groups.setLongPollSettings({ group_id: groupId, enabled: 1, ...events });
      return;
    }
    const secret = channel.secrets.callbackSecret ?? '';
    const server = await callbackServer(apiRoot, channel);
    const serverId = server
      ? (await api.groups.editCallbackServer({ group_id: groupId, server_id: server.id, url: channel.webhookUrl, title: serverTitle, secret_key: secret }), server.id)
      : (await api.groups.addCallbackServer({ group_id: groupId, url: channel.webhookUrl, title: serverTitle, secret_key: secret })).server_id;
    await api.groups.setCallbackSettings({ group_id: groupId, server_id: serverId, ...events });
  } catch (error) {
    throw new Error(
      `VK did not let the inbox set up event delivery (${(error as Error).message}). Give the access token the "manage" right, ` +
        `or set up the Callback API (or long poll) in the community's settings yourself.`,
      { cause: error },
    );
  }
}

/** Paused or disconnected: removes this channel's Callback API server (long poll just stops being read). */
export async function deactivateVk(apiRoot: string, channel: DriverChannel): Promise<void> {
  if (!channel.webhookUrl) return;
  const server = await callbackServer(apiRoot, channel);
  if (server) await vkClient(apiRoot, channel.secrets.accessToken ?? '').api.groups.deleteCallbackServer({ group_id: Number(channel.config.groupId), server_id: server.id });
}

async function callbackServer(apiRoot: string, channel: DriverChannel) {
  const { api } = vkClient(apiRoot, channel.secrets.accessToken ?? '');
  const { items } = await api.groups.getCallbackServers({ group_id: Number(channel.config.groupId) });
  return items.find((item) => item.url === channel.webhookUrl) ?? null;
}
