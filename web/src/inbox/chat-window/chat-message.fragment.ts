import { graphql } from '../../generated/index.ts';

export const ChatMessageFragment = graphql(`
  fragment ChatMessage on Message {
    id
    conversationId
    direction
    senderKind
    text
    buttons
    status
    failureReason
    failureCode
    createdAt
    scheduledAt
    viewerCanChangeSchedule
    sentAt
    deliveredAt
    readAt
    pinned
    editedAt
    deletedAt
    author {
      id
      name
      avatarUrl
    }
    attachments {
      ...FileItem
    }
  }
`);
