import { expect, it } from 'vitest';
import { pgArray } from '../db/rows.ts';
import { broadcastRate, channelRates } from './broadcast-rates.ts';

it('takes each messenger’s limit, overridden by BROADCAST_RATE_LIMITS, ignoring what it cannot read', () => {
  expect(channelRates(undefined)).toMatchObject({ WEBCHAT: 100, TELEGRAM: 30, WHATSAPP: 80 });
  expect(channelRates('telegram=20, WEBCHAT=500,VK=-1,EMAIL=x,FAX=9')).toMatchObject({ TELEGRAM: 20, WEBCHAT: 500, VK: 20, EMAIL: 10 });
});

it('paces a broadcast at its slowest channel’s limit, or lower when asked', () => {
  const saved = process.env.BROADCAST_RATE_LIMITS;
  delete process.env.BROADCAST_RATE_LIMITS;
  try {
    expect(broadcastRate(['WEBCHAT', 'TELEGRAM'])).toBe(30);
    expect(broadcastRate(['WEBCHAT'], 5)).toBe(5);
    expect(broadcastRate(['WEBCHAT'], 1000)).toBe(100);
    expect(broadcastRate([])).toBe(100);
  } finally {
    if (saved !== undefined) process.env.BROADCAST_RATE_LIMITS = saved;
  }
});

it('writes array parameters as PostgreSQL literals, quotes and backslashes escaped, nulls as NULL', () => {
  expect(pgArray([])).toBe('{}');
  expect(pgArray(['a', null, 'say "hi", \\ok'])).toBe('{"a",NULL,"say \\"hi\\", \\\\ok"}');
});
