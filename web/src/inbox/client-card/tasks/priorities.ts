import type { TaskPriority } from '../../../generated/graphql.ts';

// The priorities in the order the form offers them; their names are in tasks.messages.ts.
export const PRIORITIES: TaskPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
