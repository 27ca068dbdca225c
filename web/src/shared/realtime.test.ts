// The retry rule both graphql-ws clients share (the browser test shows it through a real restart).
import { describe, expect, it } from 'vitest';
import { shouldRetry } from './realtime.ts';

const close = (code: number) => ({ code, reason: '', wasClean: false });

describe('shouldRetry', () => {
  it('retries a refused connection, which a browser reports as an error event before the close', () => {
    expect(shouldRetry(new Event('error'))).toBe(true);
    expect(shouldRetry(close(1006))).toBe(true);
  });

  it('retries a server going away or restarting, and too many sockets', () => {
    for (const code of [1001, 1012, 1013, 4430, 4431]) expect(shouldRetry(close(code))).toBe(true);
  });

  it('gives up on refused credentials, which only a new sign-in or session can fix', () => {
    expect(shouldRetry(close(4401))).toBe(false);
    expect(shouldRetry(close(4403))).toBe(false);
  });
});
