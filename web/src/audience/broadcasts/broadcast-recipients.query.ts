import { graphql } from '../../generated/index.ts';

export const BroadcastRecipientsQuery = graphql(`
  query BroadcastRecipients($id: ID!, $status: BroadcastRecipientStatus, $after: String) {
    broadcast(id: $id) {
      id
      recipients(first: 50, status: $status, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            status
            skipReason
            failureReason
            processedAt
            client {
              id
              name
            }
            channel {
              id
              name
            }
          }
        }
      }
    }
  }
`);
