import { graphql } from '../../../generated/index.ts';

export const ReopenTaskMutation = graphql(`
  mutation ReopenTask($input: TaskInput!) {
    reopenTask(input: $input) {
      task {
        ...TaskItem
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
