import { graphql } from '../../generated/index.ts';

export const DeleteFunnelMutation = graphql(`
  mutation DeleteFunnel($input: DeleteFunnelInput!) {
    deleteFunnel(input: $input) {
      deletedId
      userErrors { ...UserErrorFields }
    }
  }
`);
