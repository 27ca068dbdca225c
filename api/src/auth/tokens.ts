import { createHash, randomBytes } from 'node:crypto';

export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

/** Only this digest is stored: a leaked database does not leak working tokens. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
