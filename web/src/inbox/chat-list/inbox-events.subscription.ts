import { graphql } from '../../generated/index.ts';

export const InboxEventsSubscription = graphql(`
  subscription InboxEvents {
    inboxEvents {
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
