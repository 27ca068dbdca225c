import { graphql } from '../../generated/index.ts';

// An internal note as the timeline, the pinned strip and the comment mutations show it.
export const CommentFragment = graphql(`
  fragment Comment on Comment {
    id
    # Aliased: Message.text is non-null, and both sit in the TimelineItem union.
    body: text
    pinned
    viewerCanEdit
    viewerCanDelete
    editedAt
    deletedAt
    createdAt
    author {
      id
      name
    }
    mentions {
      id
      name
    }
  }
`);
