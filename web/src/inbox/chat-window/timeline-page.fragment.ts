import { graphql } from '../../generated/index.ts';

// One page of a conversation's timeline, for the first load and for older pages alike.
export const TimelinePageFragment = graphql(`
  fragment TimelinePage on TimelineConnection {
    edges {
      node {
        ...TimelineItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);
