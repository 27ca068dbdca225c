import { graphql } from '../../generated/index.ts';

export const DeleteQuickReplyFolderMutation = graphql(`
  mutation DeleteQuickReplyFolder($input: QuickReplyFolderInput!) {
    deleteQuickReplyFolder(input: $input) {
      deletedId
      userErrors { ...UserErrorFields }
    }
  }
`);
