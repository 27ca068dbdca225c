import { graphql } from '../../../generated/index.ts';

export const DeleteClientMutation = graphql(`
  mutation DeleteClient($input: ClientInput!) {
    deleteClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
