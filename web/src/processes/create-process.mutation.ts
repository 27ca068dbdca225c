import { graphql } from '../generated/index.ts';

export const CreateProcessMutation = graphql(`
  mutation CreateProcess($input: CreateProcessInput!) {
    createProcess(input: $input) {
      ...ProcessPayloadFields
    }
  }
`);
