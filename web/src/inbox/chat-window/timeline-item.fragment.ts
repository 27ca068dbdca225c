import { graphql } from '../../generated/index.ts';

// One entry of the chat window: a message, a system event between the messages, or an internal note.
export const TimelineItemFragment = graphql(`
  fragment TimelineItem on TimelineItem {
    __typename
    ... on Message {
      ...ChatMessage
    }
    ... on ConversationEvent {
      ...TimelineEvent
    }
    ... on Comment {
      ...Comment
    }
    ... on ClientActivity {
      ...ClientActivityEntry
    }
  }
`);
