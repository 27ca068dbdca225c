import { graphql } from '../../generated/index.ts';

export const OlderTimelineQuery = graphql(`
  query OlderTimeline($id: ID!, $first: Int!, $after: String!) {
    conversation(id: $id) {
      id
      timeline(first: $first, after: $after) {
        ...TimelinePage
      }
    }
  }
`);
