// How outgoing webhooks are sent: every value can be set by an environment variable (the README lists them) or, in
// tests, by createApp's options.
export type WebhookSettings = {
  /** WEBHOOKS_ALLOW_PRIVATE=1: endpoints on private, loopback and link-local addresses are allowed (local receivers). */
  allowPrivate: boolean;
  /** A failed delivery is tried again after this, doubling each time (WEBHOOK_RETRY_SECONDS, 30). */
  retryBaseMs: number;
  /** …at most this long apart (WEBHOOK_RETRY_MAX_SECONDS, 1 hour). */
  retryMaxMs: number;
  /** A delivery is given up (FAILED, replayable) after this many attempts (WEBHOOK_ATTEMPTS, 12: about 5 hours). */
  attempts: number;
  /** An endpoint is disabled once this many attempts in a row failed… (WEBHOOK_DISABLE_AFTER_FAILURES, 30) */
  disableAfterFailures: number;
  /** …and its first failure in that row is at least this old (WEBHOOK_DISABLE_AFTER_HOURS, 24). */
  disableAfterMs: number;
  /** One attempt waits at most this long for the answer (WEBHOOK_TIMEOUT_SECONDS, 10). */
  timeoutMs: number;
};

const number = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}".`);
  return value;
};

export function webhookSettings(overrides: Partial<WebhookSettings> = {}): WebhookSettings {
  return {
    allowPrivate: process.env.WEBHOOKS_ALLOW_PRIVATE === '1',
    retryBaseMs: number('WEBHOOK_RETRY_SECONDS', 30) * 1000,
    retryMaxMs: number('WEBHOOK_RETRY_MAX_SECONDS', 3600) * 1000,
    attempts: Math.max(1, Math.floor(number('WEBHOOK_ATTEMPTS', 12))),
    disableAfterFailures: Math.max(1, Math.floor(number('WEBHOOK_DISABLE_AFTER_FAILURES', 30))),
    disableAfterMs: number('WEBHOOK_DISABLE_AFTER_HOURS', 24) * 3_600_000,
    timeoutMs: number('WEBHOOK_TIMEOUT_SECONDS', 10) * 1000,
    ...overrides,
  };
}

/** The wait after failed attempt `n` (1, 2, …): the base, doubled each time, at most the maximum. */
export const retryDelayMs = (settings: WebhookSettings, attempt: number) => Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** (attempt - 1));
