import { graphql } from '../../generated/index.ts';

export const SetOperatorCapacityMutation = graphql(`
  mutation SetOperatorCapacity($input: SetOperatorCapacityInput!) {
    setOperatorCapacity(input: $input) {
      operator {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
