import { graphql } from '../../generated/index.ts';

// Who may delete messages in the project.
export const MessagePermissionsQuery = graphql(`
  query MessagePermissions {
    me {
      project {
        id
        messageDeletionRoles
      }
    }
  }
`);
