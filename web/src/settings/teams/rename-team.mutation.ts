import { graphql } from '../../generated/index.ts';

export const RenameTeamMutation = graphql(`
  mutation RenameTeam($input: RenameTeamInput!) {
    renameTeam(input: $input) {
      team { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
