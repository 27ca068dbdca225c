import { graphql } from '../generated/index.ts';

/** A process as the list and the editor show it. */
export const ProcessFieldsFragment = graphql(`
  fragment ProcessFields on Process {
    id
    name
    hasUnpublishedChanges
    activeRuns
    updatedAt
    viewerCanEdit
    published {
      id
      version
    }
  }
`);
