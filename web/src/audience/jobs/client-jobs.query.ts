import { graphql } from '../../generated/index.ts';

export const ClientJobsQuery = graphql(`
  query ClientJobs {
    clientJobs(first: 5) {
      edges {
        node {
          ...ClientJob
        }
      }
    }
  }
`);
