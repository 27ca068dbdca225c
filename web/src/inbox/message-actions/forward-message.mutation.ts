import { graphql } from '../../generated/index.ts';

export const ForwardMessageMutation = graphql(`
  mutation ForwardMessage($input: ForwardMessageInput!) {
    forwardMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
