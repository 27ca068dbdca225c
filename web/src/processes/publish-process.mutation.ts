import { graphql } from '../generated/index.ts';

export const PublishProcessMutation = graphql(`
  mutation PublishProcess($input: ProcessInput!) {
    publishProcess(input: $input) {
      ...ProcessPayloadFields
    }
  }
`);
