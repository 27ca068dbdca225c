import { graphql } from '../../generated/index.ts';

export const PingWebhookEndpointMutation = graphql(`
  mutation PingWebhookEndpoint($input: WebhookEndpointInput!) {
    pingWebhookEndpoint(input: $input) {
      delivery { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
