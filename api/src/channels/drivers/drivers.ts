import { config } from '../../config.ts';
import type { App } from '../../context.ts';
import type { ChannelKind } from '../channel.entity.ts';
import type { ChannelDriver } from './driver.ts';
import { emailDriver } from './email/email.driver.ts';
import { telegramDriver } from './telegram/telegram.driver.ts';
import { vkDriver } from './vk/vk.driver.ts';
import { webchatDriver } from './webchat/webchat.driver.ts';
import { whatsappDriver } from './whatsapp/whatsapp.driver.ts';

export type Drivers = Partial<Record<ChannelKind, ChannelDriver>>;

/** Every kind that can be connected, each behind the one driver interface (driver.ts). */
export function createDrivers(app: Pick<App, 'orm'>): Drivers {
  return {
    WEBCHAT: webchatDriver(app.orm),
    TELEGRAM: telegramDriver({ apiRoot: config.telegramApiRoot }),
    WHATSAPP: whatsappDriver({ apiRoot: config.whatsappApiRoot }),
    VK: vkDriver({ apiRoot: config.vkApiRoot }),
    EMAIL: emailDriver(),
  };
}
