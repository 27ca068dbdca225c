import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rootDir } from './config.ts';

// `npm start` serves the built inbox; it builds it first when the sources are newer than the build.
export async function buildWebIfStale(): Promise<void> {
  const built = `${rootDir}web/dist/index.html`;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const sources = [`${rootDir}web/src`, `${rootDir}web/index.html`, `${rootDir}web/widget.html`, `${rootDir}vite.config.ts`];
  if (builtAt && newestChange(sources) <= builtAt) return;
  console.log('Building the web inbox (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: `${rootDir}vite.config.ts`, logLevel: 'warn' });
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
