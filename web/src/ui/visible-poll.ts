import { getOwner, onCleanup } from 'solid-js';

/**
 * Calls `poll` every `intervalMs` while the tab is visible, and at once when it becomes visible again; stops with
 * the component. For views that no subscription follows (the webhook delivery log): a hidden tab asks nothing.
 */
export const pollWhileVisible = (poll: () => void, intervalMs: number) => {
  const visible = () => document.visibilityState === 'visible';
  const timer = setInterval(() => visible() && poll(), intervalMs);
  const shown = () => visible() && poll();
  document.addEventListener('visibilitychange', shown);
  if (getOwner())
    onCleanup(() => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', shown);
    });
};
