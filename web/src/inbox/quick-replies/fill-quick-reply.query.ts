import { graphql } from '../../generated/index.ts';

export const FillQuickReplyQuery = graphql(`
  query FillQuickReply($quickReplyId: ID!, $conversationId: ID!) {
    fillQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId) {
      text
      unresolved
    }
  }
`);
