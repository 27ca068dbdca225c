import { graphql } from '../../generated/index.ts';

export const InboxEventsSubscription = graphql(`
  subscription InboxEvents($after: String) {
    inboxEvents(after: $after) {
      kind
      conversation {
        ...ConversationListItem
      }
      message {
        ...ChatMessage
      }
    }
  }
`);
