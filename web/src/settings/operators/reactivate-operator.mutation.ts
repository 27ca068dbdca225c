import { graphql } from '../../generated/index.ts';

export const ReactivateOperatorMutation = graphql(`
  mutation ReactivateOperator($input: OperatorIdInput!) {
    reactivateOperator(input: $input) {
      operator { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
