import { graphql } from '../../../generated/index.ts';

export const SetClientVariablesMutation = graphql(`
  mutation SetClientVariables($input: SetClientVariablesInput!) {
    setClientVariables(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
