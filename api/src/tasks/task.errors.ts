import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of tasks: each reason (schema/task.graphql) with its code and English words.
export const taskErrors = defineUserErrors({
  TASK_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such task.' },
  TASK_TITLE_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  TASK_DESCRIPTION_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The description must be at most ${max} characters.` },
  TASK_ASSIGNEE_NOT_FOUND: { code: 'NOT_FOUND', message: 'The assignee must be an operator of this project.' },
  TASK_CLIENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such client.' },
  TASK_CHANGE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Operators may change only the tasks they created, are assigned to, or nobody is assigned to.' },
  TASK_DELETE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only its creator, a manager, an admin or an owner can delete a task.' },
});
