import { graphql } from '../generated/index.ts';

export const WidgetMessagesSubscription = graphql(`
  subscription WidgetMessages($after: String) {
    widgetMessages(after: $after) {
      ...WidgetChatMessage
    }
  }
`);
