import { describe, expect, it } from 'vitest';
import { formatInZone, fromWallTime, toWallTime } from './zoned-time.ts';

describe('wall-clock times in a time zone', () => {
  it('reads a datetime-local value in the project time zone, whatever the machine runs in', () => {
    expect(fromWallTime('2026-12-24T09:30', 'Europe/Moscow')).toBe('2026-12-24T06:30:00.000Z');
    expect(fromWallTime('2026-12-24T09:30', 'America/New_York')).toBe('2026-12-24T14:30:00.000Z');
    expect(fromWallTime('2026-12-24T09:30', 'UTC')).toBe('2026-12-24T09:30:00.000Z');
  });

  it('takes the offset in force at that time across a clock change', () => {
    // Berlin: winter UTC+1, summer UTC+2 (from 29 March 2026, 02:00).
    expect(fromWallTime('2026-03-28T12:00', 'Europe/Berlin')).toBe('2026-03-28T11:00:00.000Z');
    expect(fromWallTime('2026-03-29T12:00', 'Europe/Berlin')).toBe('2026-03-29T10:00:00.000Z');
  });

  it('shows an instant as the wall clock of the zone, and round-trips', () => {
    expect(toWallTime('2026-12-24T06:30:00.000Z', 'Europe/Moscow')).toBe('2026-12-24T09:30');
    expect(toWallTime('2026-12-24T06:30:00.000Z', 'Asia/Kolkata')).toBe('2026-12-24T12:00');
    for (const zone of ['Europe/Moscow', 'Asia/Vladivostok', 'America/Sao_Paulo', 'Europe/Berlin']) {
      expect(fromWallTime(toWallTime('2026-07-01T17:45:00.000Z', zone), zone)).toBe('2026-07-01T17:45:00.000Z');
    }
  });

  it('keeps seconds when the input has them', () => {
    expect(fromWallTime('2026-12-24T09:30:15', 'Europe/Moscow')).toBe('2026-12-24T06:30:15.000Z');
    expect(toWallTime('2026-12-24T06:30:15.000Z', 'Europe/Moscow', true)).toBe('2026-12-24T09:30:15');
  });

  it('words a time in another zone with its name, in either language', () => {
    expect(formatInZone('2026-12-24T06:30:00.000Z', 'Asia/Vladivostok', 'en')).toMatch(/Dec 24, 2026.*04:30 PM.*GMT\+10/);
    expect(formatInZone('2026-12-24T06:30:00.000Z', 'Asia/Vladivostok', 'ru')).toMatch(/24 дек\. 2026.*16:30.*GMT\+10/);
  });

  it('refuses what is not a datetime-local value', () => {
    expect(fromWallTime('', 'UTC')).toBeNull();
    expect(fromWallTime('tomorrow 9am', 'UTC')).toBeNull();
  });
});
