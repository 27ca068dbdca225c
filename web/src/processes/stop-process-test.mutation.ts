import { graphql } from '../generated/index.ts';

export const StopProcessTestMutation = graphql(`
  mutation StopProcessTest($input: ProcessInput!) {
    stopProcessTest(input: $input) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
