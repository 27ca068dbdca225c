import { graphql } from '../../generated/index.ts';

export const ConversationTimelineSubscription = graphql(`
  subscription ConversationTimeline($conversationId: ID!, $after: String) {
    conversationTimeline(conversationId: $conversationId, after: $after) {
      ...TimelineItem
    }
  }
`);
