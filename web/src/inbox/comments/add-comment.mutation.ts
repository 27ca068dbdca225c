import { graphql } from '../../generated/index.ts';

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        ...Comment
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
