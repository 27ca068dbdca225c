import { graphql } from '../generated/index.ts';

export const WidgetMessagesSubscription = graphql(`
  subscription WidgetMessages($after: ID) {
    widgetMessages(after: $after) {
      ...WidgetChatMessage
    }
  }
`);
