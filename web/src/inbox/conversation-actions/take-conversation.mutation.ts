import { graphql } from '../../generated/index.ts';

export const TakeConversationMutation = graphql(`
  mutation TakeConversation($input: ConversationInput!) {
    takeConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
