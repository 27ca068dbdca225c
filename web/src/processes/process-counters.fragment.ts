import { graphql } from '../generated/index.ts';

// The published version's counters per block: clients at each block now, and those who entered it today.
export const ProcessCountersFragment = graphql(`
  fragment ProcessCounters on Process {
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
`);
