import { graphql } from '../../generated/index.ts';

export const PinCommentMutation = graphql(`
  mutation PinComment($input: PinCommentInput!) {
    pinComment(input: $input) {
      comment {
        ...Comment
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
