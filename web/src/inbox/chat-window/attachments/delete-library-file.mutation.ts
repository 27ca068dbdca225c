import { graphql } from '../../../generated/index.ts';

export const DeleteLibraryFileMutation = graphql(`
  mutation DeleteLibraryFile($input: FileInput!) {
    deleteLibraryFile(input: $input) {
      deletedId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
