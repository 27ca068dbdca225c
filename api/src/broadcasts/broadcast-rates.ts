import type { ChannelKind } from '../channels/channel.entity.ts';

// Messages a second a broadcast may send through one channel, by its messenger: what each messenger takes from a
// bot before it starts refusing (Telegram about 30 a second, WhatsApp's Cloud API 80; e-mail relays are slower).
// BROADCAST_RATE_LIMITS overrides them: `TELEGRAM=20,WEBCHAT=500`.
const defaults: Record<ChannelKind, number> = { WEBCHAT: 100, TELEGRAM: 30, WHATSAPP: 80, VK: 20, EMAIL: 10 };

export function channelRates(setting = process.env.BROADCAST_RATE_LIMITS): Record<ChannelKind, number> {
  const rates = { ...defaults };
  for (const pair of (setting ?? '').split(',')) {
    const [kind, value] = pair.split('=').map((part) => part.trim());
    const rate = Number(value);
    if (kind && kind.toUpperCase() in rates && Number.isInteger(rate) && rate > 0) rates[kind.toUpperCase() as ChannelKind] = rate;
  }
  return rates;
}

/** The rate of a broadcast over channels of these kinds: the slowest one's (every message goes at that pace). */
export function broadcastRate(kinds: readonly ChannelKind[], asked?: number | null) {
  const rates = channelRates();
  const limit = Math.min(...(kinds.length ? kinds : (['WEBCHAT'] as const)).map((kind) => rates[kind]));
  return asked ? Math.min(asked, limit) : limit;
}
