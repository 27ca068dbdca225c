import { graphql } from '../../generated/index.ts';

// The conversation's client with their runs, and the processes (for "send a block").
export const ConversationProcessesQuery = graphql(`
  query ConversationProcesses($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id
        client {
          id
          processRuns {
            id
            status
            process {
              id
            }
          }
        }
      }
    }
    processes {
      id
      name
      published {
        id
      }
    }
  }
`);
