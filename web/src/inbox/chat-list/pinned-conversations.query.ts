import { graphql } from '../../generated/index.ts';

export const PinnedConversationsQuery = graphql(`
  query PinnedConversations($filter: ConversationFilter) {
    pinnedConversations(filter: $filter) {
      ...ConversationListItem
    }
  }
`);
