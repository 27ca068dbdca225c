import { graphql } from '../../../generated/index.ts';

export const ClientTaskEventsSubscription = graphql(`
  subscription ClientTaskEvents($clientId: ID!, $after: String) {
    taskEvents(clientId: $clientId, after: $after) {
      kind
      taskId
    }
  }
`);
