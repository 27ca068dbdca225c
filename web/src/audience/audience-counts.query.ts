import { graphql } from '../generated/index.ts';

// How many clients match the search and conditions in each section (the tabs' counts).
export const AudienceCountsQuery = graphql(`
  query AudienceCounts($active: ClientFilter, $archived: ClientFilter, $blocked: ClientFilter, $deleted: ClientFilter, $all: ClientFilter) {
    active: clients(first: 1, filter: $active) {
      totalCount
    }
    archived: clients(first: 1, filter: $archived) {
      totalCount
    }
    blocked: clients(first: 1, filter: $blocked) {
      totalCount
    }
    deleted: clients(first: 1, filter: $deleted) {
      totalCount
    }
    all: clients(first: 1, filter: $all) {
      totalCount
    }
  }
`);
