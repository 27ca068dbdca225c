import { graphql } from '../../../generated/index.ts';

export const CreateDealMutation = graphql(`
  mutation CreateDeal($input: CreateDealInput!) {
    createDeal(input: $input) { deal { id } userErrors { ...UserErrorFields } }
  }
`);
