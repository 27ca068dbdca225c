import { graphql } from '../../generated/index.ts';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken { id }
      token
      userErrors { ...UserErrorFields }
    }
  }
`);
