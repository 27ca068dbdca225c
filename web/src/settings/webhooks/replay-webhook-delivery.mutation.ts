import { graphql } from '../../generated/index.ts';

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
    replayWebhookDelivery(input: $input) {
      delivery { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
