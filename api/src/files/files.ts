import { config } from '../config.ts';
import { keptSecret } from '../lib/kept-secret.ts';
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
