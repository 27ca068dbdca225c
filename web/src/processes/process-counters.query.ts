import { graphql } from '../generated/index.ts';

// The published version's counters per block: clients at each block now, and those who entered it today.
export const ProcessCountersQuery = graphql(`
  query ProcessCounters($id: ID!) {
    node(id: $id) {
      ... on Process {
        id
        activeRuns
        published {
          id
          blocks {
            blockId
            activeCount
            enteredToday
          }
        }
      }
    }
  }
`);
