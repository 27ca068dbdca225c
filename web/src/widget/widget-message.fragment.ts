import { graphql } from '../generated/index.ts';

export const WidgetMessageFragment = graphql(`
  fragment WidgetChatMessage on WidgetMessage {
    id
    direction
    senderKind
    authorName
    text
    createdAt
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
