import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Limits } from '../limits/limits.ts';

// Browser apps of third parties call the API from their own origins (CORS_ORIGINS). Credentials travel only in
// the Authorization header, never in cookies, so no Access-Control-Allow-Credentials.
const allowedHeaders = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

/** The CORS headers for this request's origin, or none when it has no Origin or one not allowed. */
export function corsHeaders(limits: Limits, req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !(limits.corsOrigins.includes('*') || limits.corsOrigins.includes(origin))) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'retry-after' };
}

/** Answers a preflight (OPTIONS) for an API path; true when it did. */
export function answerPreflight(limits: Limits, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS') return false;
  const headers = corsHeaders(limits, req);
  if (!headers['access-control-allow-origin']) {
    res.writeHead(403, { 'content-type': 'text/plain' }).end('This origin may not call the API: add it to CORS_ORIGINS.');
    return true;
  }
  res.writeHead(204, { ...headers, 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': allowedHeaders, 'access-control-max-age': '600' }).end();
  return true;
}
