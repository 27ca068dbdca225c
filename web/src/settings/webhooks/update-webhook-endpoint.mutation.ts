import { graphql } from '../../generated/index.ts';

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      webhookEndpoint { id enabled }
      userErrors { ...UserErrorFields }
    }
  }
`);
