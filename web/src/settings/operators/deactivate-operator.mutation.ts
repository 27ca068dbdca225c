import { graphql } from '../../generated/index.ts';

export const DeactivateOperatorMutation = graphql(`
  mutation DeactivateOperator($input: OperatorIdInput!) {
    deactivateOperator(input: $input) {
      operator { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
