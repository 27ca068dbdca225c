import { graphql } from '../../generated/index.ts';

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: WebhookEndpointInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      userErrors { ...UserErrorFields }
    }
  }
`);
