import { graphql } from '../../generated/index.ts';

export const BulkAddClientLabelsMutation = graphql(`
  mutation BulkAddClientLabels($input: ClientLabelsInput!) {
    addClientLabels(input: $input) {
      clients {
        ...AudienceClient
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
