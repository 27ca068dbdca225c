import { graphql } from '../generated/index.ts';

// What keeps a draft from publishing (or from a test run).
export const ProcessProblemFieldsFragment = graphql(`
  fragment ProcessProblemFields on ProcessProblem {
    code
    blockId
    detail
  }
`);

// What every mutation on a process answers: the process with its draft, why it cannot be published, the refusals.
export const ProcessPayloadFieldsFragment = graphql(`
  fragment ProcessPayloadFields on ProcessPayload {
    process {
      ...ProcessFields
      draft
    }
    problems {
      ...ProcessProblemFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);
