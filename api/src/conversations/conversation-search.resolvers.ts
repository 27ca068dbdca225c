import type { Resolvers } from '../generated/graphql.ts';
import { searchMessagesOf } from './conversation-search.service.ts';

export const conversationSearchResolvers: Resolvers = {
  Conversation: {
    searchHit: (conversation) => conversation.searchHit ?? null,
    searchMessages: (conversation, { text }, { em }) => searchMessagesOf(em, conversation.id, text),
  },
};
