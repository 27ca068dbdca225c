import { graphql } from '../generated/index.ts';

export const RestoreProcessVersionMutation = graphql(`
  mutation RestoreProcessVersion($input: RestoreProcessVersionInput!) {
    restoreProcessVersion(input: $input) {
      ...ProcessPayloadFields
    }
  }
`);
