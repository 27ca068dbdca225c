import { graphql } from '../../generated/index.ts';

export const SetMessageDeletionRolesMutation = graphql(`
  mutation SetMessageDeletionRoles($input: UpdateProjectSettingsInput!) {
    updateProjectSettings(input: $input) {
      project {
        id
        messageDeletionRoles
      }
      userErrors { ...UserErrorFields }
    }
  }
`);
