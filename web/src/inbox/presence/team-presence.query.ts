import { graphql } from '../../generated/index.ts';

export const TeamPresenceQuery = graphql(`
  query TeamPresence {
    operators {
      ...TeamMember
    }
  }
`);
