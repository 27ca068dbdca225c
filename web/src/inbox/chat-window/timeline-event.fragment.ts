import { graphql } from '../../generated/index.ts';

export const TimelineEventFragment = graphql(`
  fragment TimelineEvent on ConversationEvent {
    id
    type
    comment
    createdAt
    scheduledAt
    actor {
      id
      name
    }
    assignee {
      id
      name
    }
    team {
      id
      name
    }
  }
`);
