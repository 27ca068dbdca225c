import { graphql } from '../../generated/index.ts';

export const DeleteMessageMutation = graphql(`
  mutation DeleteMessage($input: MessageInput!) {
    deleteMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
