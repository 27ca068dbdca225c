import { graphql } from '../../generated/index.ts';

export const AssignConversationMutation = graphql(`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
