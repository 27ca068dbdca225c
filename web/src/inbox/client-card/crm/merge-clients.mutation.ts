import { graphql } from '../../../generated/index.ts';

export const MergeClientsMutation = graphql(`
  mutation MergeClients($input: MergeClientsInput!) {
    mergeClients(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
