import type { TaskPriority } from '../../../generated/graphql.ts';

export const PRIORITIES: { value: TaskPriority; label: string }[] = [
  { value: 'LOW', label: 'Low' },
  { value: 'NORMAL', label: 'Normal' },
  { value: 'HIGH', label: 'High' },
  { value: 'URGENT', label: 'Urgent' },
];

export const priorityLabel = (priority: TaskPriority) => PRIORITIES.find((entry) => entry.value === priority)?.label ?? priority;
