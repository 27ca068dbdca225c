import { graphql } from '../../../generated/index.ts';

export const ReopenDealMutation = graphql(`
  mutation ReopenDeal($input: DealInput!) {
    reopenDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }
  }
`);
