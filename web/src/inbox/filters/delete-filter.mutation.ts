import { graphql } from '../../generated/index.ts';

export const DeleteFilterMutation = graphql(`
  mutation DeleteFilter($input: SavedFilterInput!) {
    deleteFilter(input: $input) {
      deletedId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
