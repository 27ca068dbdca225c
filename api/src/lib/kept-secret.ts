import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { config } from '../config.ts';

// Like the embedded PostgreSQL's password: made once, kept in the data folder, never in the repository. Several
// API nodes (and a standalone worker) must share one: set FILES_SECRET (CHANNEL_SECRETS_KEY) for them.
export async function keptSecret(path: string) {
  const existing = await readFile(path, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  // `wx`: when two processes start at once, the first one's secret wins and the second reads it.
  await writeFile(path, secret, { flag: 'wx', mode: 0o600 }).catch(() => {});
  return (await readFile(path, 'utf8')).trim();
}
