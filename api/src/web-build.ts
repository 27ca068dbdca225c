import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootDir } from './config.ts';

const LOCK_STALE_MS = 5 * 60_000;

// `npm start` serves the built inbox; it builds it first when the sources are newer than the build.
export async function buildWebIfStale(): Promise<void> {
  if (!stale()) return;
  // Several processes may ask at once (the browser test files run in parallel): one builds while the others wait,
  // then find the build fresh. Two builds at once would empty web/dist under each other.
  await withLock(async () => {
    if (!stale()) return;
    console.log('Building the web inbox (vite build)…');
    const { build } = await import('vite');
    await build({ configFile: `${rootDir}vite.config.ts`, logLevel: 'warn' });
  });
}

function stale(): boolean {
  const built = `${rootDir}web/dist/index.html`;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = [`${rootDir}web/src`, `${rootDir}web/index.html`, `${rootDir}web/widget.html`, `${rootDir}vite.config.ts`];
  return !builtAt || newestChange(sources) > builtAt;
}

// A directory as the lock (mkdir is atomic), one per checkout; a lock left by a killed build expires.
async function withLock(work: () => Promise<void>) {
  const lock = join(tmpdir(), `omni-inbox-web-build-${createHash('sha256').update(rootDir).digest('hex').slice(0, 12)}`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function newestChange(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    newest = Math.max(newest, info.mtimeMs);
    if (info.isDirectory()) newest = Math.max(newest, newestChange(readdirSync(path).map((name) => join(path, name))));
  }
  return newest;
}
