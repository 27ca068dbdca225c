import { graphql } from '../../generated/index.ts';

export const PinConversationMutation = graphql(`
  mutation PinConversation($input: PinConversationInput!) {
    pinConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
