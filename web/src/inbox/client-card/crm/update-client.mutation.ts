import { graphql } from '../../../generated/index.ts';

export const UpdateClientMutation = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
