import { graphql } from '../../generated/index.ts';

export const MessageDeletionQuery = graphql(`
  query MessageDeletion {
    me {
      project {
        id
        messageDeletionRoles
      }
    }
  }
`);
