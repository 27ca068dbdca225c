import { graphql } from '../../generated/index.ts';

export const ScheduledMessagesQuery = graphql(`
  query ScheduledMessages($first: Int, $after: String, $filter: ScheduledMessagesFilter) {
    scheduledMessages(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          ...ChatMessage
          conversation {
            id
            client {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
