import { graphql } from '../../generated/index.ts';

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      url
      description
      eventTypes
      enabled
      disabledReason
      createdAt
      deliveries(first: 10) {
        edges {
          node { id type status attempts statusCode responseTimeMs error nextAttemptAt createdAt replayOf { id } }
        }
        totalCount
      }
    }
  }
`);
