import { PermanentDeliveryError, type DeliveryFailure } from '../driver.ts';

/** The Graph API's error object (`{ error: { message, type, code, error_subcode, error_data } }`). */
export type GraphErrorBody = {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  error_data?: { details?: string };
};

/** A Graph API call that failed: the HTTP status and, when the platform sent one, its error object. */
export class GraphError extends Error {
  readonly status: number;
  readonly error: GraphErrorBody | null;
  constructor(status: number, error: GraphErrorBody | null) {
    const details = error?.error_data?.details;
    super(`WhatsApp answered ${status}: ${error?.message ?? 'no error details'}${error?.code ? ` (code ${error.code})` : ''}${details ? `: ${details}` : ''}`);
    this.status = status;
    this.error = error;
  }
}

export type GraphCall = { method?: 'GET' | 'POST'; body?: unknown; query?: Record<string, string> };

/** One Graph API call with the channel's token; `path` is relative to the API root, or an absolute paging URL. */
export async function graph<T>(apiRoot: string, token: string, path: string, call: GraphCall = {}): Promise<T> {
  const url = new URL(/^https?:\/\//.test(path) ? path : `${apiRoot}/${path}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const response = await fetch(url, {
    method: call.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) {
    const error = json && typeof json === 'object' && 'error' in json ? (json.error as GraphErrorBody) : null;
    throw new GraphError(response.status, error);
  }
  return json as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// Codes from Meta's "Cloud API error codes" page. Throttling and server trouble are worth a retry; the rest of
// the 4xx answers are the platform refusing this message for good.
const retryableCodes = new Set([1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);
const permanentCodes: Record<number, DeliveryFailure> = {
  131047: 'OUTSIDE_REPLY_WINDOW',
  131026: 'CHAT_NOT_FOUND',
  131030: 'CHAT_NOT_FOUND',
  190: 'CHANNEL_AUTH',
  10: 'CHANNEL_AUTH',
  200: 'CHANNEL_AUTH',
  131005: 'CHANNEL_AUTH',
  131031: 'CHANNEL_AUTH',
  131052: 'MEDIA_REJECTED',
  131053: 'MEDIA_REJECTED',
};

/** What the delivery workflow should do with a failed send: retry (a plain Error) or stop (PermanentDeliveryError). */
export function deliveryError(error: unknown): Error {
  if (!(error instanceof GraphError)) return error instanceof Error ? error : new Error(String(error));
  const code = error.error?.code;
  if (error.status >= 500 || error.status === 429 || (code !== undefined && retryableCodes.has(code))) return error;
  const failure = code === undefined ? undefined : permanentCodes[code];
  if (failure) return new PermanentDeliveryError(error.message, failure);
  if (/re-engagement/i.test(error.error?.message ?? '')) return new PermanentDeliveryError(error.message, 'OUTSIDE_REPLY_WINDOW');
  // Not the error type: Graph calls most of its errors "OAuthException", parameter mistakes included.
  if (error.status === 401) return new PermanentDeliveryError(error.message, 'CHANNEL_AUTH');
  return new PermanentDeliveryError(error.message, 'PLATFORM_ERROR');
}
