import { graphql } from '../../generated/index.ts';

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        ...Comment
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
