import { graphql } from '../../../generated/index.ts';

export const MoveDealMutation = graphql(`
  mutation MoveDeal($input: MoveDealInput!) {
    moveDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }
  }
`);
