import { graphql } from '../../generated/index.ts';

export const SavedFiltersQuery = graphql(`
  query SavedFilters {
    savedFilters {
      ...SavedFilter
    }
  }
`);
