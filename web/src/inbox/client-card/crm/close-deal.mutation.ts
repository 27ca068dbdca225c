import { graphql } from '../../../generated/index.ts';

export const CloseDealMutation = graphql(`
  mutation CloseDeal($input: CloseDealInput!) {
    closeDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }
  }
`);
