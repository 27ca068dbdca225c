import { graphql } from '../generated/index.ts';

// What every mutation on a process answers: the process with its draft, why it cannot be published, the refusals.
export const ProcessPayloadFieldsFragment = graphql(`
  fragment ProcessPayloadFields on ProcessPayload {
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
`);
