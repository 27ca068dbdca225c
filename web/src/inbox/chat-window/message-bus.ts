import type { ChatMessageFragment } from '../../generated/graphql.ts';

type Listener = (message: ChatMessageFragment) => void;

// inboxEvents also carries messages; the open chat window listens here as a second, de-duplicated
// source next to its own conversationTimeline subscription.
export const createMessageBus = () => {
  const listeners = new Set<Listener>();
  return {
    publish: (message: ChatMessageFragment) => listeners.forEach((listener) => listener(message)),
    listen: (listener: Listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
};

export type MessageBus = ReturnType<typeof createMessageBus>;
