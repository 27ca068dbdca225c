import { systemVariableLabel } from '../variables/system-variable-label.ts';
import type { QuickReplyVariable } from './QuickReplyForm.tsx';

type System = { key: string; name: string; inQuickReplies: boolean };

/** What a quick reply's text may hold: the system variables quick replies fill, then the project's client variables. */
export const quickReplyVariables = (system: readonly System[], custom: readonly { key: string; name: string }[]): QuickReplyVariable[] => [
  ...system.filter((variable) => variable.inQuickReplies).map((variable) => ({ key: variable.key, label: systemVariableLabel(variable) })),
  ...custom.map((variable) => ({ key: variable.key, label: variable.name })),
];
