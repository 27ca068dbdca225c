import { graphql } from '../../generated/index.ts';

export const RenameFunnelMutation = graphql(`
  mutation RenameFunnel($input: UpdateFunnelInput!) {
    renameFunnel(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
