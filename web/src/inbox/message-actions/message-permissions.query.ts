import { graphql } from '../../generated/index.ts';

// What the caller may do with one message, asked when its menu opens: the inbox's live events carry messages
// shared by every operator of the project, and these answers are each one's own.
export const MessagePermissionsQuery = graphql(`
  query MessagePermissions($id: ID!) {
    node(id: $id) {
      ... on Message {
        __typename
        id
        viewerCanEdit
        viewerCanDelete
      }
    }
  }
`);
