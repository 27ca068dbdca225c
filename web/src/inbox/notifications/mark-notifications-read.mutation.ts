import { graphql } from '../../generated/index.ts';

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
