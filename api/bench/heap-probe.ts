// Preloaded (`node --expose-gc --import`) into a server the realtime bench measures: on SIGUSR2 it collects
// garbage and writes the process's memory use to BENCH_HEAP_FILE, so heap per socket is read from outside. It also
// keeps the time the process paused for its collector, read from outside too (gcPauses in stats.ts).
import { rmSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { writeHeapSnapshot } from 'node:v8';
import { gcFileOf } from './stats.ts';

const file = process.env.BENCH_HEAP_FILE;
const gc = (globalThis as { gc?: () => void }).gc;
if (file && gc) {
  process.on('SIGUSR2', () => {
    // Twice: the first pass queues finalizers, the second frees what they held.
    gc();
    setTimeout(() => {
      gc();
      // BENCH_HEAP_SNAPSHOTS=<dir>: a heap snapshot each time too, to see what a socket holds.
      if (process.env.BENCH_HEAP_SNAPSHOTS) writeHeapSnapshot(`${process.env.BENCH_HEAP_SNAPSHOTS}/${process.pid}-${Date.now()}.heapsnapshot`);
      writeFileSync(file, JSON.stringify({ at: Date.now(), ...process.memoryUsage() }));
    }, 100);
  });
}

// The main thread's collector pauses so far (their sum, how many, how many over 10 ms, how many ended a major
// collection: a mark-compact of the whole heap, whose incremental marking slows the process for a while before it),
// written a few times a second.
// (A worker thread, such as Temporal's workflows', is preloaded too; its pauses stop only itself.) The forced
// collections of a heap reading are pauses too: the bench reads heaps outside its rounds.
if (file && isMainThread) {
  const pauses = { ms: 0, count: 0, over10: 0, major: 0 };
  new PerformanceObserver((list) => {
    for (const { duration, detail } of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      pauses.ms += duration;
      pauses.count++;
      if (duration > 10) pauses.over10++;
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) pauses.major++;
    }
  }).observe({ entryTypes: ['gc'] });
  const gcFile = gcFileOf(process.pid);
  const part = `${gcFile}.part`;
  // Written aside and renamed, so that a reader never sees it half written (its rounds read NaN then), and off the
  // main thread: a server's synchronous file writes stalled its event loop for milliseconds at a time under load.
  let writing = false;
  setInterval(() => {
    if (writing) return;
    writing = true;
    writeFile(part, JSON.stringify(pauses))
      .then(() => rename(part, gcFile))
      .catch(() => {})
      .finally(() => (writing = false));
  }, 200).unref();
  process.on('exit', () => {
    rmSync(gcFile, { force: true });
    rmSync(part, { force: true });
  });
}
