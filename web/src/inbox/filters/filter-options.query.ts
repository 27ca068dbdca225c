import { graphql } from '../../generated/index.ts';

// What the condition builder offers: the project's operators, channels, tags, lists, funnels and client variables.
export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    operators {
      id
      name
    }
    me {
      project {
        channels {
          id
          name
          kind
        }
      }
    }
    tags: labels(kind: TAG) {
      id
      name
      color
    }
    lists: labels(kind: LIST) {
      id
      name
      color
    }
    funnels {
      id
      name
      stages {
        id
        name
      }
    }
    variableDefinitions(scope: CLIENT) {
      id
      key
      name
      type
    }
  }
`);

// The options may be empty when first read, and then carry no typename for the cache to invalidate on: say which
// mutations make them stale (a new tag or list, a funnel, a variable) so that they are refetched.
export const filterOptionsContext = { additionalTypenames: ['Label', 'Funnel', 'VariableDefinition'] };
