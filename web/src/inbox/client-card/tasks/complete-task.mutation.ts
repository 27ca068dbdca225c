import { graphql } from '../../../generated/index.ts';

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: TaskInput!) {
    completeTask(input: $input) {
      task {
        ...TaskItem
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
