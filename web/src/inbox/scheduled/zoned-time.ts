// A `datetime-local` input's wall-clock value ("2026-12-24T09:30") read in a given time zone, and back: the composer
// and the card show due times in the project's time zone, whatever the browser's.

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock parts of `date` in `timeZone`. */
function wallClock(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** How far `timeZone`'s clock is ahead of UTC at `date`, in milliseconds. */
function offsetMs(date: Date, timeZone: string) {
  const w = wallClock(date, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** `iso` as a `datetime-local` value in `timeZone` (to the minute, or to the second). */
export function toWallTime(iso: string, timeZone: string, seconds = false): string {
  const w = wallClock(new Date(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds ? `:${pad(w.second)}` : ''}`;
}

/**
 * The instant a `datetime-local` value names in `timeZone` (ISO), or null when it is not one. The offset is taken
 * twice, so that a time just after a clock change is read with the offset in force then.
 */
export function fromWallTime(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asUtc - offsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetMs(new Date(first), timeZone)).toISOString();
}

/** `iso` in `timeZone` with the zone's short name ("24 Dec 2026, 09:30 GMT+3"), for a time shown beside the project's. */
export const formatInZone = (iso: string, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
    new Date(iso),
  );

/** The browser's own time zone. */
export const ownTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
