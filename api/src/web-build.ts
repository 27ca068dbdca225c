import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootDir } from './config.ts';

const lockDir = `${rootDir}web/.build-lock`;
// A lock this old was left by a process that died while building.
const STALE_LOCK_MS = 10 * 60_000;

// `npm start` serves the built inbox; it builds it first when the sources are newer than the build. Test files
// run in parallel processes and each asks: one builds, the others wait for it (vite rewrites web/dist in place).
export async function buildWebIfStale(): Promise<void> {
  if (isFresh()) return;
  const release = await lock();
  try {
    if (isFresh()) return;
    console.log('Building the web inbox (vite build)…');
    const { build } = await import('vite');
    await build({ configFile: `${rootDir}vite.config.ts`, logLevel: 'warn' });
  } finally {
    release();
  }
}

function isFresh() {
  const built = `${rootDir}web/dist/index.html`;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = [`${rootDir}web/src`, `${rootDir}web/index.html`, `${rootDir}web/widget.html`, `${rootDir}vite.config.ts`];
  return builtAt > 0 && newestChange(sources) <= builtAt;
}

/** Takes the build lock (a directory: creating one is atomic), waiting while another process holds it. */
async function lock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const heldSince = existsSync(lockDir) ? statSync(lockDir).mtimeMs : Date.now();
      if (Date.now() - heldSince > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
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
