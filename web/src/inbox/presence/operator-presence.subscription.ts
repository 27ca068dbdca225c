import { graphql } from '../../generated/index.ts';

export const OperatorPresenceSubscription = graphql(`
  subscription OperatorPresence {
    operatorPresence {
      ...TeamMember
    }
  }
`);
