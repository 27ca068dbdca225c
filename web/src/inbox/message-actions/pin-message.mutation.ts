import { graphql } from '../../generated/index.ts';

export const PinMessageMutation = graphql(`
  mutation PinMessage($input: PinMessageInput!) {
    pinMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
