import { graphql } from '../generated/index.ts';

export const DeleteProcessMutation = graphql(`
  mutation DeleteProcess($input: ProcessInput!) {
    deleteProcess(input: $input) {
      ...ProcessPayloadFields
    }
  }
`);
