import { graphql } from '../../generated/index.ts';

export const ConversationActivitySubscription = graphql(`
  subscription ConversationActivity($conversationId: ID!) {
    conversationActivity(conversationId: $conversationId) {
      viewing
      typing
      operator {
        id
        name
      }
    }
  }
`);
