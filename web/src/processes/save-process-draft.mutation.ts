import { graphql } from '../generated/index.ts';

export const SaveProcessDraftMutation = graphql(`
  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {
    saveProcessDraft(input: $input) {
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
