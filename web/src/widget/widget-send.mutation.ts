import { graphql } from '../generated/index.ts';

export const WidgetSendMutation = graphql(`
  mutation WidgetSend($input: WidgetSendInput!) {
    widgetSend(input: $input) {
      message {
        ...WidgetChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
