import { graphql } from '../../generated/index.ts';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      edges {
        node {
          ...Notification
        }
      }
    }
    unreadNotificationCount
  }
`);
