import { graphql } from '../generated/index.ts';

// One row of the Audience table.
export const AudienceClientFragment = graphql(`
  fragment AudienceClient on Client {
    id
    name
    avatarUrl
    phone
    email
    createdAt
    lastActivityAt
    archived
    blocked
    deletedAt
    owner {
      id
      name
      avatarUrl
    }
    tags {
      id
      name
      color
    }
    lists {
      id
      name
      color
    }
  }
`);
