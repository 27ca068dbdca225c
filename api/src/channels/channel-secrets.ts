import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { ChannelSecrets } from './drivers/driver.ts';

// Channel secrets (bot tokens, passwords, app secrets) at rest: AES-256-GCM under a key from configuration
// (CHANNEL_SECRETS_KEY; unset: a random one kept in DATA_DIR, like FILES_SECRET). Stored as
// `v1.<iv>.<tag>.<ciphertext>` in base64url; the channel's id is the associated data, so a value copied onto
// another channel's row does not decrypt.

/** The 32-byte key from any configured string (hashed, so a passphrase works too). */
export function secretsKey(configured: string): Buffer {
  if (configured.length < 16) throw new Error('CHANNEL_SECRETS_KEY must be at least 16 characters.');
  return createHash('sha256').update(configured, 'utf8').digest();
}

export function encryptSecrets(key: Buffer, channelId: string, secrets: ChannelSecrets): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(channelId));
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The secrets, or throws when the key is not the one they were encrypted with (or the value was tampered with). */
export function decryptSecrets(key: Buffer, channelId: string, sealed: string | null): ChannelSecrets {
  if (!sealed) return {};
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unreadable channel secrets.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(channelId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')) as ChannelSecrets;
}
