import { graphql } from '../generated/index.ts';

export const TestProcessDraftMutation = graphql(`
  mutation TestProcessDraft($input: TestProcessDraftInput!) {
    testProcessDraft(input: $input) {
      test {
        widgetKey
        visitorToken
        run {
          ...ProcessTestRunFields
          client {
            id
            name
          }
        }
      }
      problems {
        ...ProcessProblemFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
