// Ties a child process to this one, so that the child never outlives it: a small `/bin/sh` watchdog reads a pipe
// from us and, when the pipe closes (this process died for any reason, even SIGKILL or a heap out-of-memory,
// which run no 'exit' handlers), sends the child `signal` and, if it lingers past `graceMs`, SIGKILL.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export type WatchdogOptions = {
  /** Sent first: the child's own clean shutdown (SIGTERM for most, SIGINT for PostgreSQL's "fast" shutdown). */
  signal: NodeJS.Signals;
  /** How long the child may take to exit after `signal` before it gets SIGKILL. */
  graceMs: number;
};

/**
 * Starts the watchdog for `child` and returns a function that removes it (for a stop that ends the child
 * itself). The watchdog is also removed when the child exits, so it never signals a recycled pid.
 */
export function tieToThisProcess(child: ChildProcess, { signal, graceMs }: WatchdogOptions): () => void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return () => {};
  const name = signal.replace(/^SIG/, '');
  const ticks = Math.max(1, Math.ceil(graceMs / 100));
  const watchdog = spawn('/bin/sh', [
    '-c',
    // `read` is a shell builtin, so killing this shell leaves nothing behind.
    `while read -r _; do :; done; kill -${name} ${pid} 2>/dev/null || exit 0; ` +
      `for _ in $(seq ${ticks}); do sleep 0.1; kill -0 ${pid} 2>/dev/null || exit 0; done; kill -KILL ${pid} 2>/dev/null`,
  ], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Like the children we guard, out of the terminal's process group: a Ctrl+C that kills us must not kill it.
    detached: true,
  });
  watchdog.on('error', () => {});
  // Never hold this process open on the watchdog's account.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const release = () => {
    child.off('exit', release);
    if (watchdog.exitCode === null && watchdog.signalCode === null) watchdog.kill('SIGKILL');
  };
  child.once('exit', release);
  return release;
}
