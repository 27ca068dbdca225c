import { graphql } from '../../generated/index.ts';

export const CreateQuickReplyMutation = graphql(`
  mutation CreateQuickReply($input: SaveQuickReplyInput!) {
    saveQuickReply(input: $input) {
      quickReply { id title text folder { id } }
      userErrors { ...UserErrorFields }
    }
  }
`);
