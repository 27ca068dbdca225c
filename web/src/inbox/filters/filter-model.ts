import type { ChannelKind, ConditionField, ConditionMatch, ConversationCondition } from '../../generated/graphql.ts';

export const FIELDS: { field: ConditionField; label: string }[] = [
  { field: 'HAS_PHONE', label: 'Has phone' },
  { field: 'HAS_EMAIL', label: 'Has e-mail' },
  { field: 'UNREAD', label: 'Unread' },
  { field: 'ASSIGNEE', label: 'Assignee' },
  { field: 'CHANNEL', label: 'Channel' },
  { field: 'CHANNEL_KIND', label: 'Messenger' },
  { field: 'CREATED_AT', label: 'Created' },
  { field: 'LAST_ACTIVITY_AT', label: 'Last activity' },
];

export const KINDS: ChannelKind[] = ['WEBCHAT', 'TELEGRAM', 'WHATSAPP', 'VK', 'EMAIL'];

export type OperandKind = 'is' | 'anyOf' | 'range';
export const operandOf = (field: ConditionField): OperandKind => {
  if (field === 'CREATED_AT' || field === 'LAST_ACTIVITY_AT') return 'range';
  if (field === 'CHANNEL' || field === 'CHANNEL_KIND' || field === 'ASSIGNEE') return 'anyOf';
  return 'is';
};

/** One condition as the builder edits it: dates as the date inputs' `YYYY-MM-DD` (local days). */
export type DraftCondition = {
  field: ConditionField;
  anyOf: string[];
  is: boolean;
  // ASSIGNEE only: "Unassigned" (`is: false`) instead of operators.
  unassigned: boolean;
  from: string;
  to: string;
};

export type AppliedFilter = { conditions: ConversationCondition[]; match: ConditionMatch };

export const newCondition = (field: ConditionField = 'HAS_PHONE'): DraftCondition => ({
  field,
  anyOf: [],
  is: true,
  unassigned: false,
  from: '',
  to: '',
});

const isoOf = (day: string, endOfDay: boolean) => (day ? new Date(`${day}T${endOfDay ? '23:59:59.999' : '00:00:00'}`).toISOString() : null);
const dayOf = (iso: string | null | undefined) => {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The API's condition, or null while the draft lacks its operand. */
export const toInput = (draft: DraftCondition): ConversationCondition | null => {
  const { field } = draft;
  switch (operandOf(field)) {
    case 'is':
      return { field, is: draft.is };
    case 'range': {
      const from = isoOf(draft.from, false);
      const to = isoOf(draft.to, true);
      return from || to ? { field, ...(from ? { from } : {}), ...(to ? { to } : {}) } : null;
    }
    default:
      if (field === 'ASSIGNEE' && draft.unassigned) return { field, is: false };
      return draft.anyOf.length ? { field, anyOf: [...draft.anyOf] } : null;
  }
};

type AnyCondition = { field: ConditionField; anyOf?: readonly string[] | null; is?: boolean | null; from?: string | null; to?: string | null };

export const toDraft = (condition: AnyCondition): DraftCondition => ({
  field: condition.field,
  anyOf: [...(condition.anyOf ?? [])],
  is: condition.is ?? true,
  unassigned: condition.field === 'ASSIGNEE' && condition.is === false,
  from: dayOf(condition.from),
  to: dayOf(condition.to),
});

/** Only the input's own fields (a saved filter's conditions carry a __typename and nulls). */
export const cleanCondition = (condition: AnyCondition): ConversationCondition => ({
  field: condition.field,
  ...(condition.anyOf ? { anyOf: [...condition.anyOf] } : {}),
  ...(condition.is != null ? { is: condition.is } : {}),
  ...(condition.from ? { from: condition.from } : {}),
  ...(condition.to ? { to: condition.to } : {}),
});
