import { graphql } from '../../generated/index.ts';

export const AudienceCreateLabelMutation = graphql(`
  mutation AudienceCreateLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      label {
        id
        kind
        name
        color
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
