import { graphql } from '../../generated/index.ts';

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
