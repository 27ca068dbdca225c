import { graphql } from '../../generated/index.ts';

// What every conversation action answers: the conversation as it is now, or why nothing changed.
export const ConversationPayloadFragment = graphql(`
  fragment ConversationActionPayload on ConversationPayload {
    conversation {
      ...ConversationListItem
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);
