import { graphql } from '../../generated/index.ts';

export const SetTypingMutation = graphql(`
  mutation SetTyping($input: SetTypingInput!) {
    setTyping(input: $input) {
      typing
    }
  }
`);
