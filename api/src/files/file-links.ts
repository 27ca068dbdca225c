import { createHmac, timingSafeEqual } from 'node:crypto';

// Download links work in `<img src>` and `<a download>`, where no Authorization header goes: the link itself
// carries the permission, an HMAC of the file, its project and an expiry. Only resolvers scoped to the caller's
// project hand links out, so a link names one file of one project and cannot be changed into another.
const lifetimeMs = 12 * 3600_000;
// Expiries are rounded up to the hour: the same file has the same link for a while, so browsers cache it.
const roundingMs = 3600_000;

type Linked = { id: string; projectId: string };

function signature(secret: Buffer, file: Linked, expires: number) {
  return createHmac('sha256', secret).update(`file:v1:${file.id}:${file.projectId}:${expires}`).digest('base64url');
}

/** A link to the file's bytes valid for 12 to 13 hours; `download` makes browsers save it instead of showing it. */
export function fileUrl(baseUrl: string, secret: Buffer, file: Linked, options: { download?: boolean; now?: number } = {}) {
  const expires = Math.ceil(((options.now ?? Date.now()) + lifetimeMs) / roundingMs) * (roundingMs / 1000);
  const query = new URLSearchParams({ expires: String(expires), signature: signature(secret, file, expires) });
  if (options.download) query.set('download', '1');
  return `${baseUrl}/files/${file.id}?${query}`;
}

/** Whether `expires` and `signature` from a link were made for this file and the link has not expired. */
export function validLink(secret: Buffer, file: Linked, expires: string | null, given: string | null, now = Date.now()) {
  if (!expires || !given || !/^\d{1,12}$/.test(expires) || Number(expires) * 1000 <= now) return false;
  const expected = Buffer.from(signature(secret, file, Number(expires)));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
