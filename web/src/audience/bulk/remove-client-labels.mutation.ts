import { graphql } from '../../generated/index.ts';

export const BulkRemoveClientLabelsMutation = graphql(`
  mutation BulkRemoveClientLabels($input: ClientLabelsInput!) {
    removeClientLabels(input: $input) {
      clients {
        ...AudienceClient
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
