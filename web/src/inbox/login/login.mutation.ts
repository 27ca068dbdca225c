import { graphql } from '../../generated/index.ts';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
