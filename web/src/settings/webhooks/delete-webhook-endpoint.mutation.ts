import { graphql } from '../../generated/index.ts';

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedId
      userErrors { ...UserErrorFields }
    }
  }
`);
