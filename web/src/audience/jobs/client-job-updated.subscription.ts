import { graphql } from '../../generated/index.ts';

export const ClientJobUpdatedSubscription = graphql(`
  subscription ClientJobUpdated($jobId: ID!) {
    clientJobUpdated(jobId: $jobId) {
      ...ClientJob
    }
  }
`);
