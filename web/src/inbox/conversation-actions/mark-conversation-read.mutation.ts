import { graphql } from '../../generated/index.ts';

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($input: ConversationInput!) {
    markConversationRead(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
