import { graphql } from '../../generated/index.ts';

export const QuickRepliesQuery = graphql(`
  query QuickReplies($search: String) {
    quickReplyFolders {
      id
      name
    }
    quickReplies(search: $search) {
      id
      title
      text
      folder {
        id
      }
    }
  }
`);
