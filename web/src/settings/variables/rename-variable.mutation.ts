import { graphql } from '../../generated/index.ts';

export const RenameVariableMutation = graphql(`
  mutation RenameVariable($input: UpdateVariableDefinitionInput!) {
    updateVariableDefinition(input: $input) {
      definition { id name }
      userErrors { ...UserErrorFields }
    }
  }
`);
