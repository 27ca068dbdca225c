import { graphql } from '../../generated/index.ts';

// The client's pending sends: scheduled messages, and what their business processes' delays will send.
export const ClientScheduledQuery = graphql(`
  query ClientScheduled($id: ID!) {
    node(id: $id) {
      ... on Client {
        id
        scheduledMessages {
          ...ChatMessage
        }
        pendingProcessSends {
          ...ProcessPendingSendItem
        }
      }
    }
  }
`);
