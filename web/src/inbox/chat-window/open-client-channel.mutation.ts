import { graphql } from '../../generated/index.ts';

export const OpenClientChannelMutation = graphql(`
  mutation OpenClientChannel($input: OpenClientChannelInput!) {
    openClientChannel(input: $input) { conversation { id } userErrors { ...UserErrorFields } }
  }
`);
