import { graphql } from '../../generated/index.ts';

export const SaveQuickReplyMutation = graphql(`
  mutation SaveQuickReply($input: SaveQuickReplyInput!) {
    saveQuickReply(input: $input) {
      quickReply { id title text folder { id } }
      userErrors { ...UserErrorFields }
    }
  }
`);
