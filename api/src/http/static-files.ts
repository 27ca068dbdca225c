import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Streams a file from `dir`; answers false (sending nothing) when there is no such file. */
export async function sendFile(res: ServerResponse, dir: string, path: string, cache: 'immutable' | 'none' = 'none', headers: Record<string, string> = {}) {
  const full = normalize(`${dir}${sep}${path}`);
  if (!full.startsWith(normalize(dir + sep))) return false;
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    'content-type': types[extname(full)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  createReadStream(full).pipe(res);
  return true;
}
