import { graphql } from '../../generated/index.ts';

export const UpdateOperatorMutation = graphql(`
  mutation UpdateOperator($input: UpdateOperatorInput!) {
    updateOperator(input: $input) {
      operator { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
