import { graphql } from '../../generated/index.ts';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      revokedId
      userErrors { ...UserErrorFields }
    }
  }
`);
