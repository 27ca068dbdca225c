import { graphql } from '../../generated/index.ts';

export const DeleteQuickReplyMutation = graphql(`
  mutation DeleteQuickReply($input: QuickReplyInput!) {
    deleteQuickReply(input: $input) {
      deletedId
      userErrors { ...UserErrorFields }
    }
  }
`);
