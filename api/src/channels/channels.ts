import { config } from '../config.ts';
import type { App } from '../context.ts';
import { keptSecret } from '../lib/kept-secret.ts';
import { decryptSecrets, secretsKey } from './channel-secrets.ts';
import type { ChannelRow } from './channel.entity.ts';
import type { DriverChannel } from './drivers/driver.ts';
import { createDrivers, type Drivers } from './drivers/drivers.ts';

/** The process-wide part of channels: the drivers, the key of their secrets, where platforms reach our webhooks. */
export type Channels = {
  drivers: Drivers;
  secretsKey: Buffer;
  /**
   * The public address platforms call (`<it>/hooks/<channel id>`): PUBLIC_URL when it is set. Null on a laptop
   * without one: then channels that can poll (Telegram, VK, e-mail) do, and the others say they need it.
   */
  webhookBaseUrl: string | null;
};

export type ChannelsOptions = { drivers?: (app: App) => Drivers; secretsKey?: string; webhookBaseUrl?: string | null };

export async function openChannels(app: App, options: ChannelsOptions = {}): Promise<Channels> {
  return {
    drivers: options.drivers?.(app) ?? createDrivers(app),
    secretsKey: secretsKey(options.secretsKey ?? config.channelSecretsKey ?? (await keptSecret(`${config.dataDir}/channel-secrets-key`))),
    webhookBaseUrl: options.webhookBaseUrl !== undefined ? options.webhookBaseUrl : (config.publicUrl ?? null),
  };
}

/** Where platforms call a channel (`/hooks/<channel id>` under the public address), or null without one. */
export const webhookUrlOf = (app: App, channelId: string) =>
  app.channels.webhookBaseUrl ? `${app.channels.webhookBaseUrl.replace(/\/$/, '')}/hooks/${channelId}` : null;

/** A channel as its driver sees it: settings, decrypted secrets, its webhook address. */
export function driverChannel(app: App, channel: Pick<ChannelRow, 'id' | 'projectId' | 'config' | 'secrets'>): DriverChannel {
  return {
    id: channel.id,
    projectId: channel.projectId,
    config: channel.config,
    secrets: decryptSecrets(app.channels.secretsKey, channel.id, channel.secrets ?? null),
    webhookUrl: webhookUrlOf(app, channel.id),
  };
}
