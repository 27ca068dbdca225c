import { graphql } from '../../generated/index.ts';

export const ClientJobsQuery = graphql(`
  query ClientJobs($first: Int) {
    clientJobs(first: $first) {
      ...ClientJob
    }
  }
`);
