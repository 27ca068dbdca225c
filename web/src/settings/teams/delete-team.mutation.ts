import { graphql } from '../../generated/index.ts';

export const DeleteTeamMutation = graphql(`
  mutation DeleteTeam($input: TeamInput!) {
    deleteTeam(input: $input) {
      deletedId
      userErrors { ...UserErrorFields }
    }
  }
`);
