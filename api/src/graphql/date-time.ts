import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// RFC 3339 only, with its offset: "2026-12-01T09:30:00Z", "2026-12-01T12:30:00.250+03:00". No bare dates, no
// numbers, nothing JavaScript's lenient parser would guess at ("1" is not 2001-01-01).
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const invalid = (value: unknown) =>
  new GraphQLError(
    `DateTime must be an RFC 3339 date-time with its offset, like "2026-12-01T09:30:00Z" or "2026-12-01T12:30:00+03:00"; got ${JSON.stringify(value)}.`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );

export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? rfc3339.exec(value) : null;
  if (!match) throw invalid(value);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const millis = match[7] ? Number(match[7].slice(1, 4).padEnd(3, '0')) : 0;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: years 0–99 stay themselves instead of becoming 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  // Date rolls 2026-02-30 over into March and 24:00 into the next day: those are refused instead.
  const exact = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  const [sign, offsetHours, offsetMinutes] = [match[8], Number(match[9] ?? 0), Number(match[10] ?? 0)];
  if (!exact || offsetHours > 23 || offsetMinutes > 59) throw invalid(value);
  return new Date(date.getTime() - (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000);
}

export const DateTime = new GraphQLScalarType<Date | null, string>({
  name: 'DateTime',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : ast.kind),
});
