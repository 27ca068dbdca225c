import { graphql } from '../../generated/index.ts';

export const MarkConversationUnreadMutation = graphql(`
  mutation MarkConversationUnread($input: ConversationInput!) {
    markConversationUnread(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
