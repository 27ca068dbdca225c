import { graphql } from '../../generated/index.ts';

export const ArchiveConversationMutation = graphql(`
  mutation ArchiveConversation($input: ArchiveConversationInput!) {
    archiveConversation(input: $input) {
      ...ConversationActionPayload
    }
  }
`);
