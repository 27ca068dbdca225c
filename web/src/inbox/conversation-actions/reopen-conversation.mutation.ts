import { graphql } from '../../generated/index.ts';

export const ReopenConversationMutation = graphql(`
  mutation ReopenConversation($input: ConversationInput!) {
    reopenConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
