import { graphql } from '../../generated/index.ts';

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) {
      draft
    }
  }
`);
