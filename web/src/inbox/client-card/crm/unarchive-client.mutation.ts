import { graphql } from '../../../generated/index.ts';

export const UnarchiveClientMutation = graphql(`
  mutation UnarchiveClient($input: ClientInput!) {
    unarchiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
