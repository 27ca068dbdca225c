import { graphql } from '../../generated/index.ts';

export const ClientScheduledQuery = graphql(`
  query ClientScheduled($id: ID!) {
    node(id: $id) {
      ... on Client {
        id
        scheduledMessages {
          ...ChatMessage
        }
      }
    }
  }
`);
