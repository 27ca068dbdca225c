import { graphql } from '../generated/index.ts';

export const WidgetMessagesSubscription = graphql(`
  subscription WidgetMessages {
    widgetMessages {
      ...WidgetChatMessage
    }
  }
`);
