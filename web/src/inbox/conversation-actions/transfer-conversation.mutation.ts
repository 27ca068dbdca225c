import { graphql } from '../../generated/index.ts';

export const TransferConversationMutation = graphql(`
  mutation TransferConversation($input: TransferConversationInput!) {
    transferConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
