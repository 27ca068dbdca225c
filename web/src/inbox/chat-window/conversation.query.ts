import { graphql } from '../../generated/index.ts';

export const ConversationQuery = graphql(`
  query Conversation($id: ID!, $first: Int!) {
    conversation(id: $id) {
      ...ConversationListItem
      pinnedComments {
        ...Comment
      }
      pinnedMessages {
        ...ChatMessage
      }
      timeline(first: $first) {
        ...TimelinePage
      }
    }
  }
`);
