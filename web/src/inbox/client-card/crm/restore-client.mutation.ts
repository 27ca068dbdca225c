import { graphql } from '../../../generated/index.ts';

export const RestoreClientMutation = graphql(`
  mutation RestoreClient($input: ClientInput!) {
    restoreClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
