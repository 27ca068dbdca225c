import { graphql } from '../../generated/index.ts';

// The client's runs, and the processes that may be started for them (published ones).
export const ClientProcessesQuery = graphql(`
  query ClientProcesses($id: ID!) {
    node(id: $id) {
      ... on Client {
        id
        processRuns {
          ...ProcessRunItem
        }
      }
    }
    processes {
      id
      name
      published {
        id
        version
      }
    }
  }
`);
