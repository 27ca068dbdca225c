import { graphql } from '../../generated/index.ts';

export const CreateFunnelMutation = graphql(`
  mutation CreateFunnel($input: CreateFunnelInput!) {
    createFunnel(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
