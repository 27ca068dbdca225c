import { locale, timeZone } from '../i18n/locale.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const initials = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? '?'];
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
};

/** The first word of a person's name: "Anna" for "Anna Operator", where a line has little room. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || name;

// A stable pleasant colour per name, so an avatar without a picture is still recognisable.
const AVATAR_COLORS = ['#2f5bea', '#7a5af8', '#ee46bc', '#f04438', '#f79009', '#12b76a', '#0ba5ec', '#6172f3', '#d444f1', '#15b79e'];
export const colorFor = (seed: string): string => {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return AVATAR_COLORS[Math.abs(hash) % AVATAR_COLORS.length] ?? '#2f5bea';
};

// Dates and times in the chosen language and the project's time zone (the browser's until it is known).
const cache = new Map<string, Intl.DateTimeFormat>();
const formatter = (options: Intl.DateTimeFormatOptions) => {
  const key = `${locale()}|${timeZone() ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale(), { ...options, timeZone: timeZone() })));
  return format;
};

/** Days since the epoch of the calendar day `date` falls on in the time zone shown. */
const dayNumber = (date: Date) => {
  const parts = Object.fromEntries(formatter({ year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!) / DAY;
};

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);
const relative = () => new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
const narrow = (unit: 'minute' | 'hour', value: number) => new Intl.NumberFormat(locale(), { style: 'unit', unit, unitDisplay: 'narrow' }).format(value);

export const formatTime = (iso: string): string => formatter({ hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
export const formatDateTime = (iso: string): string => formatter({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
export const formatDate = (iso: string): string => formatter({ dateStyle: 'medium' }).format(new Date(iso));
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => new Intl.NumberFormat(locale(), options).format(value);

// Compact "when" for list rows: 'now', '5m', '3h', then 'Yesterday', weekday, then date.
export const relativeTime = (iso: string, now: number): string => {
  const at = new Date(iso);
  const diff = now - at.getTime();
  if (diff < MINUTE) return capitalised(relative().format(0, 'second'));
  if (diff < HOUR) return narrow('minute', Math.floor(diff / MINUTE));
  const days = dayNumber(new Date(now)) - dayNumber(at);
  if (days <= 0) return narrow('hour', Math.floor(diff / HOUR));
  if (days === 1) return capitalised(relative().format(-1, 'day'));
  if (days < 7) return formatter({ weekday: 'short' }).format(at);
  return formatter({ day: 'numeric', month: 'short' }).format(at);
};

// Longer relative phrase for the client card: '5 minutes ago', 'yesterday', ...
export const agoPhrase = (iso: string, now: number): string => {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const rtf = relative();
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
};

// A day separator in the timeline: 'Today', 'Yesterday', or the full date.
export const dayLabel = (iso: string, now: number): string => {
  const days = dayNumber(new Date(now)) - dayNumber(new Date(iso));
  if (days === 0 || days === 1) return capitalised(relative().format(-days, 'day'));
  return formatter({ day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
};

export const sameDay = (a: string, b: string): boolean => dayNumber(new Date(a)) === dayNumber(new Date(b));
