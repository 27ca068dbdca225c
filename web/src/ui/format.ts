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

// A stable pleasant colour per name, so an avatar without a picture is still recognisable.
const AVATAR_COLORS = ['#2f5bea', '#7a5af8', '#ee46bc', '#f04438', '#f79009', '#12b76a', '#0ba5ec', '#6172f3', '#d444f1', '#15b79e'];
export const colorFor = (seed: string): string => {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return AVATAR_COLORS[Math.abs(hash) % AVATAR_COLORS.length] ?? '#2f5bea';
};

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatTime = (iso: string): string => time.format(new Date(iso));
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

// Compact "when" for list rows: 'now', '5m', '3h', then weekday, then date.
export const relativeTime = (iso: string, now: number): string => {
  const at = new Date(iso);
  const diff = now - at.getTime();
  if (diff < MINUTE) return 'now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}m`;
  const days = Math.round((startOfDay(new Date(now)) - startOfDay(at)) / DAY);
  if (days <= 0) return `${Math.floor(diff / HOUR)}h`;
  if (days === 1) return 'Yesterday';
  if (days < 7) return weekday.format(at);
  return dayMonth.format(at);
};

// Longer relative phrase for the client card: '5 minutes ago', 'yesterday', ...
const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
export const agoPhrase = (iso: string, now: number): string => {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return 'just now';
  if (abs < HOUR) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
};

export const dayLabel = (iso: string, now: number): string => {
  const days = Math.round((startOfDay(new Date(now)) - startOfDay(new Date(iso))) / DAY);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return fullDate.format(new Date(iso));
};

export const sameDay = (a: string, b: string): boolean => startOfDay(new Date(a)) === startOfDay(new Date(b));
