import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of the web chat widget: each reason (schema/widget.graphql) with its code and English words.
export const widgetErrors = defineUserErrors({
  WIDGET_NOT_FOUND: { code: 'NOT_FOUND', message: 'No web chat with this key.' },
  WIDGET_ADDRESS_THROTTLED: { code: 'THROTTLED', message: ({ seconds }: { seconds: number }) => `Too many new chats from this address: try again in ${seconds} s.` },
  WIDGET_CHANNEL_THROTTLED: { code: 'THROTTLED', message: ({ seconds }: { seconds: number }) => `Too many new chats on this web chat: try again in ${seconds} s.` },
});
