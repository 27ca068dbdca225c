import { graphql } from '../../generated/index.ts';

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      changed
      userErrors { ...UserErrorFields }
    }
  }
`);
