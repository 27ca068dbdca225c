import { graphql } from '../../generated/index.ts';

export const ExportClientsMutation = graphql(`
  mutation ExportClients($filter: ClientFilter) {
    exportClients(filter: $filter) {
      job {
        ...ClientJob
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
