import { graphql } from '../generated/index.ts';

export const CreateProcessMutation = graphql(`
  mutation CreateProcess($input: CreateProcessInput!) {
    createProcess(input: $input) {
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
