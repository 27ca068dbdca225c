import { graphql } from '../../generated/index.ts';

export const CreateVariableMutation = graphql(`
  mutation CreateVariable($input: CreateVariableDefinitionInput!) {
    createVariableDefinition(input: $input) {
      definition { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
