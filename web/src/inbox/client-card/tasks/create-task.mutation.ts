import { graphql } from '../../../generated/index.ts';

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        ...TaskItem
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
