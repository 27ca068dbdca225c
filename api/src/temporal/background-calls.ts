/**
 * Temporal calls made in the background, so that a request never waits for Temporal: each is retried with backoff
 * (1 s, 2 s, 4 s… at most 30 s) while Temporal is unreachable, `attempts` times in all, then left to a sweep
 * schedule (what it hands over is committed before). `later` runs work after a delay on the same timers; `close`
 * drops whatever still waits and lets the calls on their way finish.
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
  const inflight = new Set<Promise<unknown>>();
  const run = (what: string, call: () => Promise<unknown>, attempt = 0) => {
    if (closed) return;
    const running = call()
      .catch((error: unknown) => {
        if (closed) return;
        if (attempt + 1 >= attempts) return console.error(`[${label}] could not ${what}; the sweep schedule will`, error);
        later(() => run(what, call, attempt + 1), Math.min(30_000, 1000 * 2 ** attempt));
      })
      .finally(() => inflight.delete(running));
    inflight.add(running);
  };
  return {
    run,
    later,
    get closed() {
      return closed;
    },
    /**
     * Drops what still waits, and lets the calls on their way finish (for at most `settleMs`): closed under them, the
     * Temporal connection would fail them, and its client retries such a call on the closed channel from a timer,
     * which throws where nothing can catch it.
     */
    async close(settleMs = 5000) {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inflight]), new Promise((resolve) => (timeout = setTimeout(resolve, settleMs)))]);
      clearTimeout(timeout);
    },
  };
}
