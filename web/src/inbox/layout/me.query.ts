import { graphql } from '../../generated/index.ts';

export const MeQuery = graphql(`
  query Me {
    me {
      project {
        id
        name
        timeZone
      }
      operator {
        id
        name
        email
        role
        avatarUrl
        presence
        readOnOpen
        locale
      }
    }
    gateway {
      url
    }
  }
`);
