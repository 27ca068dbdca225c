// Preloaded (`node --expose-gc --import`) into a server the realtime bench measures: on SIGUSR2 it collects
// garbage and writes the process's memory use to BENCH_HEAP_FILE, so heap per socket is read from outside.
import { writeFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';

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
