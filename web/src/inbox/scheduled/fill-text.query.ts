import { graphql } from '../../generated/index.ts';

export const FillTextQuery = graphql(`
  query FillText($text: String!, $conversationId: ID!) {
    fillText(text: $text, conversationId: $conversationId) {
      text
      unresolved
    }
  }
`);
