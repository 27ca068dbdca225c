import { graphql } from '../../generated/index.ts';

export const NotificationFragment = graphql(`
  fragment Notification on Notification {
    id
    kind
    read
    createdAt
    actor {
      id
      name
    }
    comment {
      id
      text
    }
    conversation {
      id
      client {
        id
        name
      }
    }
    webhookEndpoint {
      id
      url
    }
    task {
      id
      title
      dueAt
      client {
        id
        name
      }
    }
  }
`);
