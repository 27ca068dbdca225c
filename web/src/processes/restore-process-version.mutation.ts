import { graphql } from '../generated/index.ts';

export const RestoreProcessVersionMutation = graphql(`
  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {
    restoreProcessVersion(input: $input) {
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
