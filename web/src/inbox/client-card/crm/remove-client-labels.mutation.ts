import { graphql } from '../../../generated/index.ts';

export const RemoveClientLabelsMutation = graphql(`
  mutation RemoveClientLabels($input: ClientLabelsInput!) {
    removeClientLabels(input: $input) { clients { id } userErrors { ...UserErrorFields } }
  }
`);
