import { graphql } from '../generated/index.ts';

export const ProcessCountersUpdatedSubscription = graphql(`
  subscription ProcessCountersUpdated($processId: ID!) {
    processCountersUpdated(processId: $processId) {
      ...ProcessCounters
    }
  }
`);
