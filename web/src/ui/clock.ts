import { createSignal, getOwner, onCleanup } from 'solid-js';

// A coarse "now" for relative times; one interval per component that needs it.
export const createNow = (intervalMs = 30_000) => {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), intervalMs);
  if (getOwner()) onCleanup(() => clearInterval(timer));
  return now;
};
