import { graphql } from '../../generated/index.ts';

export const CreateOperatorMutation = graphql(`
  mutation CreateOperator($input: CreateOperatorInput!) {
    createOperator(input: $input) {
      operator { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
