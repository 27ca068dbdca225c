import { graphql } from '../../../generated/index.ts';

export const ClientTasksQuery = graphql(`
  query ClientTasks($clientId: ID!, $includeCompleted: Boolean!) {
    node(id: $clientId) {
      ... on Client {
        id
        openTaskCount
        tasks(includeCompleted: $includeCompleted) {
          ...TaskItem
        }
      }
    }
  }
`);
