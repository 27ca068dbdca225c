import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureValue, verifySignature } from './webhook-signature.ts';

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ id: 'e1', type: 'ping' });
  const now = Date.UTC(2026, 11, 6, 12);
  const t = Math.floor(now / 1000);

  it('verify a body signed with the secret at its timestamp', () => {
    expect(verifySignature(secret, signatureValue(secret, t, body), body, 300, now)).toBe(true);
  });

  it('refuse another body, another secret, an old timestamp and a malformed header', () => {
    expect(verifySignature(secret, signatureValue(secret, t, body), `${body} `, 300, now)).toBe(false);
    expect(verifySignature(secret, signatureValue(newWebhookSecret(), t, body), body, 300, now)).toBe(false);
    expect(verifySignature(secret, signatureValue(secret, t - 301, body), body, 300, now)).toBe(false);
    expect(verifySignature(secret, 'v1=abc', body, 300, now)).toBe(false);
  });

  it('sign the timestamp too: a signature moved to a newer timestamp fails', () => {
    const header = signatureValue(secret, t - 200, body).replace(`t=${t - 200}`, `t=${t}`);
    expect(verifySignature(secret, header, body, 300, now)).toBe(false);
  });
});
