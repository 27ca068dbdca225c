import { graphql } from '../../../generated/index.ts';

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($input: TaskInput!) {
    deleteTask(input: $input) {
      deletedId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
