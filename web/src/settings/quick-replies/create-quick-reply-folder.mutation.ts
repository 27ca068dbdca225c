import { graphql } from '../../generated/index.ts';

export const CreateQuickReplyFolderMutation = graphql(`
  mutation CreateQuickReplyFolder($input: CreateQuickReplyFolderInput!) {
    createQuickReplyFolder(input: $input) {
      folder { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
