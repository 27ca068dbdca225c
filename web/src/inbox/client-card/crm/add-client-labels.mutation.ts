import { graphql } from '../../../generated/index.ts';

export const AddClientLabelsMutation = graphql(`
  mutation AddClientLabels($input: ClientLabelsInput!) {
    addClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }
  }
`);
