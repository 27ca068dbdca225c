import { graphql } from '../../generated/index.ts';

export const EditMessageMutation = graphql(`
  mutation EditMessage($input: EditMessageInput!) {
    editMessage(input: $input) {
      message {
        ...ChatMessage
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
