import { graphql } from '../generated/index.ts';

export const WidgetMessageFragment = graphql(`
  fragment WidgetChatMessage on WidgetMessage {
    id
    direction
    senderKind
    authorName
    text
    buttons
    createdAt
    editedAt
    deleted
    attachments {
      kind
      name
      contentType
      size
      url
      downloadUrl
    }
  }
`);
