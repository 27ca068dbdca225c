import { readFileSync } from 'node:fs';

/**
 * Whether `pid` is a running process. A zombie (exited, not yet reaped: orphans wait for whoever adopted them,
 * which in a container may never reap) counts as gone; EPERM means it runs as another user.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processState(pid) !== 'Z';
}

/** Polls until `pid` is gone; false if it still runs after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

// The state letter of /proc/<pid>/stat (Linux only; undefined elsewhere). The command name before it is in
// parentheses and may itself hold spaces or parentheses, so read after the last ')'.
function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}
