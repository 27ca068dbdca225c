import { graphql } from '../generated/index.ts';

export const SaveProcessDraftMutation = graphql(`
  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {
    saveProcessDraft(input: $input) {
      ...ProcessPayloadFields
    }
  }
`);
