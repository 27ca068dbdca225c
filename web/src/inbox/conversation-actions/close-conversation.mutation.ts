import { graphql } from '../../generated/index.ts';

export const CloseConversationMutation = graphql(`
  mutation CloseConversation($input: ConversationInput!) {
    closeConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
