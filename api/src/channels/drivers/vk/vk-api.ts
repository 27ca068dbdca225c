import { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { API, APIError, Upload, UploadError } from 'vk-io';
import { PermanentDeliveryError, type DeliveryFailure } from '../driver.ts';

export const vkApiVersion = '5.199';

/**
 * vk-io's API client (and its uploader) for one token. Built per call: the driver keeps no state. vk-io retries
 * nothing here (the delivery workflow does), except "too many requests per second" (6), which it waits out itself.
 */
export function vkClient(apiRoot: string, token: string) {
  // vk-io defaults to an HTTPS agent; the tests' fake speaks plain HTTP, and node-fetch wants the agent to match.
  const agent = apiRoot.startsWith('http:') ? (new HttpAgent({ keepAlive: false }) as HttpsAgent) : undefined;
  const api = new API({
    token,
    apiBaseUrl: apiRoot,
    apiVersion: vkApiVersion,
    apiRetryLimit: 0,
    // Community tokens may make 20 calls a second.
    apiLimit: 20,
    apiTimeout: 30_000,
    ...(agent ? { agent } : {}),
  });
  const upload = new Upload({ api, uploadTimeout: 60_000, ...(agent ? { agent } : {}) });
  return { api, upload };
}

// Error codes from dev.vk.com/reference/errors.
const permanentCodes: Record<number, DeliveryFailure> = {
  5: 'CHANNEL_AUTH',
  7: 'CHANNEL_AUTH',
  15: 'CHANNEL_AUTH',
  27: 'CHANNEL_AUTH',
  28: 'CHANNEL_AUTH',
  900: 'CLIENT_BLOCKED_BOT',
  901: 'CLIENT_BLOCKED_BOT',
  902: 'CLIENT_BLOCKED_BOT',
  914: 'TOO_LONG',
  917: 'CHAT_NOT_FOUND',
  936: 'CHAT_NOT_FOUND',
};
// Unknown error, too many requests, flood control, internal server error, rate limit reached.
const retryableCodes = new Set([1, 6, 9, 10, 29]);

/** A failed call as the delivery workflow needs it: a plain Error to retry, or PermanentDeliveryError to stop. */
export function deliveryError(error: unknown): Error {
  if (error instanceof APIError) {
    const code = Number(error.code);
    const message = `VK answered error ${code}: ${error.message}`;
    if (retryableCodes.has(code)) return new Error(message, { cause: error });
    return new PermanentDeliveryError(message, permanentCodes[code] ?? 'PLATFORM_ERROR');
  }
  // The platform would not take the file (format, size): sending it again will not help.
  if (error instanceof UploadError) return new PermanentDeliveryError(`VK did not take the file: ${error.message}`, 'MEDIA_REJECTED');
  // Network trouble, a 5xx page instead of JSON: worth another try.
  return error instanceof Error ? error : new Error(String(error));
}
