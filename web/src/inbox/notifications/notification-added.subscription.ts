import { graphql } from '../../generated/index.ts';

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded($after: String) {
    notificationAdded(after: $after) {
      ...Notification
    }
  }
`);
