import { graphql } from '../../generated/index.ts';

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      webhookEndpoint { id }
      secret
      userErrors { ...UserErrorFields }
    }
  }
`);
