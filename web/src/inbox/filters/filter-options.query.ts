import { graphql } from '../../generated/index.ts';

// What the condition builder offers: the project's operators and channels.
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
  }
`);
