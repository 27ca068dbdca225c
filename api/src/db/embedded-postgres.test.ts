import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isAlive, waitForExit } from '../lib/process-alive.ts';
import { findFreePort } from '../temporal/dev-server.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

const childScript = fileURLToPath(new URL('../../test/embedded-postgres-child.ts', import.meta.url));

// Real processes throughout: a child Node process starts the server, and the test kills that child.
type Child = { process: ChildProcess; postmaster: number; url: string };

const dirs: string[] = [];
const pids: number[] = [];

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'embedded-postgres-test-'));
  // When running as root, PostgreSQL runs as the `postgres` user, which must be able to reach the data dir.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

/** Runs api/test/embedded-postgres-child.ts and resolves once its server accepts connections. */
function startInChild(dir: string, port: number): Promise<Child> {
  const child = spawn(process.execPath, [childScript, dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) pids.push(child.pid);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      const { pid, url } = JSON.parse(line) as { pid: number; url: string };
      pids.push(pid);
      resolve({ process: child, postmaster: pid, url });
    });
    child.once('exit', (code, signal) => reject(new Error(`the child exited (${signal ?? code}):\n${stdout}${stderr}`)));
  });
}

/** The pids of the watchdog shells that `parent` started (Linux: read from /proc). */
async function watchdogsOf(parent: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid !== parent) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.startsWith('/bin/sh\0-c\0while read')) found.push(Number(entry));
  }
  return found;
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  afterAll(async () => {
    // A failed test must not leave servers behind either.
    for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (const pid of pids) await waitForExit(pid, 5_000);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('stops the server when the process that started it is SIGKILLed', async () => {
    const child = await startInChild(await tempDir(), await findFreePort());
    expect(await selectOne(child.url)).toBe(1);

    // Like a heap out-of-memory: the process dies at once and runs no 'exit' handlers.
    child.process.kill('SIGKILL');
    await exitOf(child.process);

    expect(await waitForExit(child.postmaster, 20_000)).toBe(true);
  }, 90_000);

  it('takes over the server that a dead process left running on its data directory, on the same port', async () => {
    const dir = await tempDir();
    const port = await findFreePort();
    const child = await startInChild(dir, port);
    // An orphan as the code before the watchdog left them: the watchdog dies first, then the process.
    const watchdogs = await watchdogsOf(child.process.pid as number);
    expect(watchdogs).toHaveLength(1);
    for (const watchdog of watchdogs) process.kill(watchdog, 'SIGKILL');
    for (const watchdog of watchdogs) expect(await waitForExit(watchdog, 5_000)).toBe(true);
    child.process.kill('SIGKILL');
    await exitOf(child.process);
    expect(await selectOne(child.url)).toBe(1);

    const log = vi.spyOn(console, 'log');
    try {
      const server = await startEmbeddedPostgres(dir, port);
      try {
        expect(server.url).toContain(`@127.0.0.1:${port}/`);
        expect(await selectOne(server.url)).toBe(1);
        expect(server.pid).not.toBe(child.postmaster);
        expect(isAlive(child.postmaster)).toBe(false);
        expect(log).toHaveBeenCalledWith(expect.stringContaining(`Stopping the embedded PostgreSQL (pid ${child.postmaster})`));
      } finally {
        await server.stop();
      }
    } finally {
      log.mockRestore();
    }
  }, 90_000);
});
