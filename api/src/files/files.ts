import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { config } from '../config.ts';
import { localDiskStorage, type FileStorage } from './storage.ts';

/** The process-wide part of files: where the bytes live, the key that signs download links, the upload limit. */
export type Files = { storage: FileStorage; secret: Buffer; maxBytes: number };

export type FilesOptions = { dir?: string; secret?: string; maxBytes?: number; storage?: FileStorage };

/** Files as configured (FILES_DIR, FILES_SECRET, FILE_MAX_BYTES); `options` override, as tests do. */
export async function openFiles(options: FilesOptions = {}): Promise<Files> {
  const dir = options.dir ?? config.filesDir ?? `${config.dataDir}/files`;
  const maxBytes = options.maxBytes ?? config.fileMaxBytes;
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new Error('FILE_MAX_BYTES must be a positive whole number of bytes.');
  const secret = options.secret ?? config.filesSecret ?? (await keptSecret(`${config.dataDir}/files-secret`));
  if (secret.length < 16) throw new Error('FILES_SECRET must be at least 16 characters.');
  return { storage: options.storage ?? localDiskStorage(dir), secret: Buffer.from(secret, 'utf8'), maxBytes };
}

// Like the embedded PostgreSQL's password: made once, kept in the data folder, never in the repository. Several
// API nodes (and a standalone worker) must share one: set FILES_SECRET for them.
async function keptSecret(path: string) {
  const existing = await readFile(path, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(config.dataDir, { recursive: true });
  // `wx`: when two processes start at once, the first one's secret wins and the second reads it.
  await writeFile(path, secret, { flag: 'wx', mode: 0o600 }).catch(() => {});
  return (await readFile(path, 'utf8')).trim();
}
