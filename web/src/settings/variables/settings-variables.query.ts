import { graphql } from '../../generated/index.ts';

export const SettingsVariablesQuery = graphql(`
  query SettingsVariables {
    clientVariables: variableDefinitions(scope: CLIENT) { id key name type }
    dealVariables: variableDefinitions(scope: DEAL) { id key name type }
    systemVariables { key name inQuickReplies onClientCard }
  }
`);
