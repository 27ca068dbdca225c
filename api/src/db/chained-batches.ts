/**
 * Gathers calls into batches without a timer: the first call starts a batch at once; calls made while it runs
 * go into the next, which starts when it ends. Under load each statement serves everyone who asked meanwhile;
 * alone, a call waits for nothing. `run` answers one result per item, in order.
 */
export function chainedBatches<I, O>(run: (items: I[]) => Promise<O[]>): (item: I) => Promise<O> {
  let previous: Promise<unknown> = Promise.resolve();
  let next: { items: I[]; results: Promise<O[]> } | null = null;
  return (item) => {
    if (!next) {
      const items: I[] = [];
      const results = previous.then(() => {
        next = null;
        return run(items);
      });
      next = { items, results };
      previous = results.catch(() => {});
    }
    const index = next.items.push(item) - 1;
    return next.results.then((results) => results[index]!);
  };
}
