import { graphql } from '../../generated/index.ts';

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
