import { graphql } from '../../generated/index.ts';

export const DeleteVariableMutation = graphql(`
  mutation DeleteVariable($input: VariableDefinitionInput!) {
    deleteVariableDefinition(input: $input) {
      deletedDefinitionId
      userErrors { ...UserErrorFields }
    }
  }
`);
