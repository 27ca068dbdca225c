import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootDir } from './config.ts';

const LOCK = `${rootDir}web/.build-lock`;
// A lock left by a build that was killed; a real build takes well under a minute.
const STALE_LOCK_MS = 5 * 60_000;

// `npm start` serves the built inbox; it builds it first when the sources are newer than the build.
export async function buildWebIfStale(): Promise<void> {
  if (isFresh()) return;
  // Several callers at once (e2e test files run in parallel) would write web/dist together: one builds, the rest wait.
  await withLock(async () => {
    if (isFresh()) return;
    console.log('Building the web inbox (vite build)…');
    const { build } = await import('vite');
    await build({ configFile: `${rootDir}vite.config.ts`, logLevel: 'warn' });
  });
}

function isFresh(): boolean {
  const built = `${rootDir}web/dist/index.html`;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = [`${rootDir}web/src`, `${rootDir}web/index.html`, `${rootDir}web/widget.html`, `${rootDir}vite.config.ts`];
  return builtAt > 0 && newestChange(sources) <= builtAt;
}

async function withLock(work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(LOCK).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
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
