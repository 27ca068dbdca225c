import { graphql } from '../../generated/index.ts';

export const ConversationsQuery = graphql(`
  query Conversations($first: Int!, $after: String, $filter: ConversationFilter, $order: ConversationOrder) {
    conversations(first: $first, after: $after, filter: $filter, order: $order) {
      edges {
        cursor
        node {
          ...ConversationListItem
          # Set only with filter.search, when a message matched (not the client).
          searchHit {
            ...SearchHit
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
