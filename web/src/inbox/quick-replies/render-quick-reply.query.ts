import { graphql } from '../../generated/index.ts';

export const RenderQuickReplyQuery = graphql(`
  query RenderQuickReply($quickReplyId: ID!, $conversationId: ID!) {
    renderQuickReply(quickReplyId: $quickReplyId, conversationId: $conversationId)
  }
`);
