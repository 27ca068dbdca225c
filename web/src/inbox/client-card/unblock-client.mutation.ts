import { graphql } from '../../generated/index.ts';

export const UnblockClientMutation = graphql(`
  mutation UnblockClient($input: ClientInput!) {
    unblockClient(input: $input) {
      client {
        ...ClientControls
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
