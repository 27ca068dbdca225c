import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';

/** A byte range, both ends included (as in an HTTP Range header). */
export type ByteRange = { start: number; end: number };

/**
 * Where file bytes live, by key. Keys are made by the files service (`<projectId>/<fileId>`), never by callers.
 * Local disk today; an S3-compatible bucket fits the same three calls.
 */
export type FileStorage = {
  /** Stores the stream's bytes under `key`; on failure (including the stream's own error) nothing is left. */
  put(key: string, body: Readable | AsyncIterable<Uint8Array>): Promise<void>;
  /** The bytes (or a range of them), or null when there is no such key. */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
};

const safeKey = /^[0-9a-f-]+(\/[0-9a-f-]+)*$/;

export function localDiskStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    if (!safeKey.test(key)) throw new Error(`Invalid storage key ${JSON.stringify(key)}.`);
    return join(root, key);
  };
  return {
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside and renamed: a reader never sees half a file, a failed upload leaves nothing behind.
      const partial = `${path}.${randomBytes(6).toString('hex')}.part`;
      try {
        await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key, range) {
      const path = pathOf(key);
      if (!(await stat(path).catch(() => null))?.isFile()) return null;
      return createReadStream(path, range ? { start: range.start, end: range.end } : {});
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
