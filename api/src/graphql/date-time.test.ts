import { describe, expect, it } from 'vitest';
import { parseDateTime } from './date-time.ts';

describe('parseDateTime', () => {
  it('reads RFC 3339 date-times with their offset', () => {
    expect(parseDateTime('2026-12-01T09:30:00Z').toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(parseDateTime('2026-12-01t09:30:00z').toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(parseDateTime('2026-12-01 12:30:00.25+03:00').toISOString()).toBe('2026-12-01T09:30:00.250Z');
    expect(parseDateTime('2026-12-01T05:00:00.123456789-04:30').toISOString()).toBe('2026-12-01T09:30:00.123Z');
    expect(parseDateTime('2024-02-29T00:00:00Z').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDateTime('0001-01-01T00:00:00Z').getUTCFullYear()).toBe(1);
    expect(parseDateTime('0099-06-15T00:00:00Z').getUTCFullYear()).toBe(99);
  });

  it('refuses everything else instead of guessing', () => {
    for (const bad of ['1', '', '2026', '2026-12-01', '2026-12-01T09:30:00', '2026-12-01T09:30Z', '2026-13-01T00:00:00Z', '2025-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z', '2026-12-01T24:00:00Z', '2026-12-01T23:60:00Z', '2026-12-01T23:59:60Z', '2026-12-01T00:00:00+24:00', '2026-12-01T00:00:00+03',
      'Tue Dec 01 2026', ' 2026-12-01T09:30:00Z', 1764581400000, null, {}]) {
      expect(() => parseDateTime(bad), JSON.stringify(bad)).toThrow(/RFC 3339/);
    }
  });
});
