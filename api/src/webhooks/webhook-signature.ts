import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Deliveries are signed like Stripe's: `X-Inbox-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. The
// timestamp is signed too, so a receiver that refuses old ones (5 minutes, say) cannot be fed a captured delivery
// again later.
export const signatureHeader = 'X-Inbox-Signature';

/** A new endpoint secret: `whsec_` and 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export function signatureOf(secret: string, timestamp: number, body: string) {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export const signatureValue = (secret: string, timestamp: number, body: string) => `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;

/**
 * Whether a header is a valid signature of the body under the secret, made at most `toleranceSeconds` ago (what a
 * receiver does; the README shows the same in a few lines).
 */
export function verifySignature(secret: string, header: string, body: string, toleranceSeconds = 300, now = Date.now()) {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, body), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
