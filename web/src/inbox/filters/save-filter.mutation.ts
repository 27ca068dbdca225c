import { graphql } from '../../generated/index.ts';

export const SaveFilterMutation = graphql(`
  mutation SaveFilter($input: SaveFilterInput!) {
    saveFilter(input: $input) {
      savedFilter {
        ...SavedFilter
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
