import { graphql } from '../../../generated/index.ts';

// A task as the client card's Tasks section shows it.
export const TaskItemFragment = graphql(`
  fragment TaskItem on Task {
    id
    title
    description
    priority
    dueAt
    completed
    completedAt
    overdue
    viewerCanEdit
    viewerCanDelete
    assignee {
      id
      name
      avatarUrl
    }
    createdBy {
      id
      name
    }
  }
`);
