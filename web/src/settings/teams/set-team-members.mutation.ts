import { graphql } from '../../generated/index.ts';

export const SetTeamMembersMutation = graphql(`
  mutation SetTeamMembers($input: SetTeamMembersInput!) {
    setTeamMembers(input: $input) {
      team { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
