import { graphql } from '../../generated/index.ts';

// What the caller may do with the open conversation, as the server decides it. Asked apart from the list's
// fragment: the inbox's live events are shared by every operator of the project, these answers are each one's own.
export const ConversationPermissionsQuery = graphql(`
  query ConversationPermissions($id: ID!) {
    conversation(id: $id) {
      id
      viewerCanTake
      viewerCanAssign
    }
  }
`);
