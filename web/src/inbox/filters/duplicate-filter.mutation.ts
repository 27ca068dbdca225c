import { graphql } from '../../generated/index.ts';

export const DuplicateFilterMutation = graphql(`
  mutation DuplicateFilter($input: DuplicateFilterInput!) {
    duplicateFilter(input: $input) {
      savedFilter {
        ...SavedFilter
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
