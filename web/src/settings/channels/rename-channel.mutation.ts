import { graphql } from '../../generated/index.ts';

export const RenameChannelMutation = graphql(`
  mutation RenameChannel($input: RenameChannelInput!) {
    renameChannel(input: $input) {
      channel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
