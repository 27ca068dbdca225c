import { graphql } from '../../../generated/index.ts';

export const ArchiveClientMutation = graphql(`
  mutation ArchiveClient($input: ClientInput!) {
    archiveClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
