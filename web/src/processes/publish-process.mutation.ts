import { graphql } from '../generated/index.ts';

export const PublishProcessMutation = graphql(`
  mutation PublishProcess($input: ProcessInput!) {
    publishProcess(input: $input) {
      process {
        ...ProcessFields
        draft
      }
      problems {
        code
        blockId
        detail
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
