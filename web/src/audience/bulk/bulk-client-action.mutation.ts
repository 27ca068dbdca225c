import { graphql } from '../../generated/index.ts';

export const BulkClientActionMutation = graphql(`
  mutation BulkClientAction($input: BulkClientActionInput!) {
    bulkClientAction(input: $input) {
      clients {
        ...AudienceClient
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
