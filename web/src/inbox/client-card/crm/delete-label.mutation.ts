import { graphql } from '../../../generated/index.ts';

export const DeleteLabelMutation = graphql(`
  mutation DeleteLabel($input: LabelInput!) {
    deleteLabel(input: $input) { deletedLabelId userErrors { ...UserErrorFields } }
  }
`);
