import type { IncomingMessage } from 'node:http';

/**
 * The caller's address: the socket's, or behind `hops` trusted proxies (each appends the address it saw to
 * X-Forwarded-For) the one the outermost of them saw. Entries further left are the caller's own claims.
 */
export function clientAddress(req: IncomingMessage, hops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!hops) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - hops] ?? socket;
}
