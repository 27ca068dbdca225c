import { graphql } from '../../../generated/index.ts';

export const CreateLabelMutation = graphql(`
  mutation CreateLabel($input: CreateLabelInput!) {
    createLabel(input: $input) { label { id } userErrors { ...UserErrorFields } }
  }
`);
