import { readFile } from 'node:fs/promises';
import { platform } from 'node:os';
import { basename, resolve } from 'node:path';
import { isAlive, waitForExit } from '../lib/process-alive.ts';

// A process that died before its watchdog existed (or a watchdog that was killed with it) can leave its
// embedded PostgreSQL running; the next start would then fail on the lock file or the port. Such a server is
// ours to stop: it runs our data directory.

const FAST_SHUTDOWN_MS = 15_000;
const KILL_MS = 5_000;

/** Stops the postmaster that runs `dataDir`, if one does; a stale pid file is left to PostgreSQL. */
export async function stopLeftoverPostgres(dataDir: string): Promise<void> {
  const pid = await leftoverPid(dataDir);
  if (pid === undefined) return;
  console.log(`Stopping the embedded PostgreSQL (pid ${pid}) that an earlier process left running on ${dataDir}`);
  signal(pid, 'SIGINT'); // "fast" shutdown: its clients are gone with the process that started it.
  if (await waitForExit(pid, FAST_SHUTDOWN_MS)) return;
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, KILL_MS))) throw new Error(`The leftover PostgreSQL (pid ${pid}) on ${dataDir} did not exit`);
}

// The first line of postmaster.pid, when that process is alive and is a postgres for this data directory (pids
// are recycled: after a reboot the number may belong to anything).
async function leftoverPid(dataDir: string): Promise<number | undefined> {
  const pidFile = await readFile(`${dataDir}/postmaster.pid`, 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return undefined;
  // Without /proc, a live pid named by the pid file is the best evidence there is.
  if (platform() !== 'linux') return pid;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const [program = '', ...args] = cmdline.split('\0');
  const runsDataDir = args.some((arg) => arg && resolve(arg) === resolve(dataDir));
  return basename(program) === 'postgres' && runsDataDir ? pid : undefined;
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch (error) {
    // It exited in the meantime: that is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
