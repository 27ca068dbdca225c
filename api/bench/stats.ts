import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { n: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds a process has used (utime + stime, in clock ticks of 1/100 s), or null where /proc does not tell. */
export function cpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Where a process preloaded with heap-probe.ts keeps its collector's pauses. */
export const gcFileOf = (pid: number) => join(tmpdir(), `bench-gc-${pid}.json`);

/** The collector's pauses of a process preloaded with heap-probe.ts so far (as of at most 200 ms ago), or null. */
export function gcPauses(pid: number): { ms: number; count: number; over10: number; major: number } | null {
  try {
    return JSON.parse(readFileSync(gcFileOf(pid), 'utf8'));
  } catch {
    return null;
  }
}
