import { graphql } from '../../generated/index.ts';

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...Notification
    }
  }
`);
