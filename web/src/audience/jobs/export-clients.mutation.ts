import { graphql } from '../../generated/index.ts';

export const ExportClientsMutation = graphql(`
  mutation ExportClients($input: ExportClientsInput!) {
    exportClients(input: $input) {
      job {
        ...ClientJob
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
