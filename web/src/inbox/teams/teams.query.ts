import { graphql } from '../../generated/index.ts';

// The project's teams (transfer targets), and which the caller belongs to (their inbox sections).
export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
    }
    me {
      operator {
        id
        role
        teams {
          id
        }
      }
    }
  }
`);
