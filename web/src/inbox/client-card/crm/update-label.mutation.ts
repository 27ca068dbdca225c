import { graphql } from '../../../generated/index.ts';

export const UpdateLabelMutation = graphql(`
  mutation UpdateLabel($input: UpdateLabelInput!) {
    updateLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }
  }
`);
