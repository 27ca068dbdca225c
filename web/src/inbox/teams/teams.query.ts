import { graphql } from '../../generated/index.ts';

// The project's teams (transfer targets), and whether the caller may open each one's inbox section.
export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      viewerCanOpenInbox
    }
  }
`);
