import { graphql } from '../../generated/index.ts';

export const ConversationDraftQuery = graphql(`
  query ConversationDraft($id: ID!) {
    conversation(id: $id) {
      id
      draft
    }
  }
`);
