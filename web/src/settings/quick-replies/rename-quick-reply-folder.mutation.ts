import { graphql } from '../../generated/index.ts';

export const RenameQuickReplyFolderMutation = graphql(`
  mutation RenameQuickReplyFolder($input: RenameQuickReplyFolderInput!) {
    renameQuickReplyFolder(input: $input) {
      folder { id name }
      userErrors { ...UserErrorFields }
    }
  }
`);
