import { graphql } from '../../../generated/index.ts';

export const ClientTaskEventsSubscription = graphql(`
  subscription ClientTaskEvents($clientId: ID!) {
    taskEvents(clientId: $clientId) {
      kind
      taskId
    }
  }
`);
