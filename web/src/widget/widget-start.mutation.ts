import { graphql } from '../generated/index.ts';

export const WidgetStartMutation = graphql(`
  mutation WidgetStart($input: WidgetStartInput!) {
    widgetStart(input: $input) {
      session {
        visitorToken
        channelName
        locale
        preChatFields
        cursor
        messages {
          ...WidgetChatMessage
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
