/** Runs `work` on the first call only; every call gets that one result (stop functions called twice). */
export function once<T>(work: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => (running ??= work());
}
