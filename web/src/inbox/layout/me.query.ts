import { graphql } from '../../generated/index.ts';

export const MeQuery = graphql(`
  query Me {
    me {
      project {
        id
        name
      }
      operator {
        id
        name
        email
        role
        avatarUrl
        presence
        readOnOpen
      }
    }
  }
`);
