/**
 * Temporal calls made in the background, so that a request never waits for Temporal: each is retried with backoff
 * (1 s, 2 s, 4 s… at most 30 s) while Temporal is unreachable, `attempts` times in all, then left to a sweep
 * schedule (what it hands over is committed before). `later` runs work after a delay on the same timers; `close`
 * drops whatever still waits.
 */
export function backgroundCalls(label: string, attempts: number) {
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;
  const later = (work: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    timers.add(timer);
  };
  const run = (what: string, call: () => Promise<unknown>, attempt = 0) => {
    if (closed) return;
    call().catch((error: unknown) => {
      if (closed) return;
      if (attempt + 1 >= attempts) return console.error(`[${label}] could not ${what}; the sweep schedule will`, error);
      later(() => run(what, call, attempt + 1), Math.min(30_000, 1000 * 2 ** attempt));
    });
  };
  return {
    run,
    later,
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
