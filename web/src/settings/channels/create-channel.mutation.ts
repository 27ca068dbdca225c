import { graphql } from '../../generated/index.ts';

export const CreateChannelMutation = graphql(`
  mutation CreateChannel($input: CreateChannelInput!) {
    createChannel(input: $input) {
      channel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
