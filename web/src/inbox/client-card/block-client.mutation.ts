import { graphql } from '../../generated/index.ts';

export const BlockClientMutation = graphql(`
  mutation BlockClient($input: ClientInput!) {
    blockClient(input: $input) {
      client {
        ...ClientControls
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
