import { graphql } from '../../generated/index.ts';

export const ImportClientsMutation = graphql(`
  mutation ImportClients($input: ImportClientsInput!) {
    importClients(input: $input) {
      job {
        ...ClientJob
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
