import { graphql } from '../../generated/index.ts';

// Everything the chat list row and the client card show; the list, its live events and the
// opened conversation all select it, so one store entry can serve every pane.
export const ConversationListItemFragment = graphql(`
  fragment ConversationListItem on Conversation {
    id
    status
    unreadCount
    scheduledCount
    pinned
    archived
    closedAt
    lastActivityAt
    createdAt
    revision
    # Why a reply would be refused now (a blocked client…): the composer says so before anything is typed.
    replyRefusal
    channel {
      id
      kind
      name
    }
    assignee {
      id
      name
      avatarUrl
    }
    team {
      id
      name
    }
    lastMessage {
      id
      text
      senderKind
      direction
      status
      createdAt
      deletedAt
      author {
        id
        name
      }
    }
    client {
      id
      name
      avatarUrl
      phone
      email
      createdAt
      lastActivityAt
      # The Important section: clients with an open task.
      openTaskCount
      ...ClientControls
      channels {
        id
        platformId
        # Set while the client blocked the bot there: the chat window's header says so.
        unreachableAt
        channel {
          id
          name
          kind
        }
      }
    }
  }
`);
