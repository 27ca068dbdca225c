import { batch, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { WidgetChatMessageFragment } from '../generated/graphql.ts';

/** The conversation as the widget shows it: merged by id (a message may arrive twice), oldest first. */
export const createMessageList = () => {
  const [messages, setMessages] = createStore<WidgetChatMessageFragment[]>([]);

  const upsert = (incoming: readonly WidgetChatMessageFragment[]) =>
    untrack(() =>
      batch(() => {
        for (const message of incoming) {
          const index = messages.findIndex((item) => item.id === message.id);
          if (message.deleted) {
            if (index >= 0) setMessages((list) => list.filter((item) => item.id !== message.id));
          } else if (index >= 0) setMessages(index, reconcile({ ...message }));
          else setMessages(messages.length, { ...message });
        }
        setMessages((list) => [...list].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)));
      }),
    );

  return {
    messages,
    upsert,
    // Another visitor's conversation (the token was refused and a new one given): start over.
    replace: (incoming: readonly WidgetChatMessageFragment[]) => setMessages(reconcile(incoming.map((message) => ({ ...message })))),
  };
};
