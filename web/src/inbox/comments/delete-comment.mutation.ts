import { graphql } from '../../generated/index.ts';

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: CommentInput!) {
    deleteComment(input: $input) {
      comment {
        ...Comment
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
