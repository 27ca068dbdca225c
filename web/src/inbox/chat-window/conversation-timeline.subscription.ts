import { graphql } from '../../generated/index.ts';

export const ConversationTimelineSubscription = graphql(`
  subscription ConversationTimeline($conversationId: ID!) {
    conversationTimeline(conversationId: $conversationId) {
      ...TimelineItem
    }
  }
`);
