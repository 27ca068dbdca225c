import type { ChannelKind, ConditionField, ConditionMatch, ConversationCondition, VariableType } from '../../generated/graphql.ts';

// The fields in the order the builder offers them; their labels are in filters.messages.ts.
export const FIELDS: ConditionField[] = [
  'HAS_PHONE',
  'HAS_EMAIL',
  'UNREAD',
  'ASSIGNEE',
  'CHANNEL',
  'CHANNEL_KIND',
  'CREATED_AT',
  'LAST_ACTIVITY_AT',
  'TAGS',
  'LISTS',
  'OWNER',
  'FUNNEL',
  'STAGE',
  'BOT_STATUS',
  'VARIABLE',
];

export const KINDS: ChannelKind[] = ['WEBCHAT', 'TELEGRAM', 'WHATSAPP', 'VK', 'EMAIL'];

// The client's bot status as a choice (`anyOf`).
export const BOT_STATUSES = ['AUTO', 'MANUAL'] as const;

export type OperandKind = 'is' | 'anyOf' | 'range' | 'labels' | 'variable';
export const operandOf = (field: ConditionField): OperandKind => {
  switch (field) {
    case 'CREATED_AT':
    case 'LAST_ACTIVITY_AT':
      return 'range';
    case 'TAGS':
    case 'LISTS':
      return 'labels';
    case 'VARIABLE':
      return 'variable';
    case 'HAS_PHONE':
    case 'HAS_EMAIL':
    case 'UNREAD':
      return 'is';
    default:
      return 'anyOf';
  }
};

/** How a VARIABLE condition compares: `between` is min/max for numbers, from/to for dates. */
export type VariableOp = 'equals' | 'contains' | 'between' | 'set' | 'unset';

/** How each comparison reads for a type of variable (a key of the catalogue's `variableOps`). */
export type VariableOpLabel = 'contains' | 'isExactly' | 'between' | 'equals' | 'is' | 'isSet' | 'isNotSet';

export const VARIABLE_OPS: Record<VariableType, { op: VariableOp; label: VariableOpLabel }[]> = {
  TEXT: [
    { op: 'contains', label: 'contains' },
    { op: 'equals', label: 'isExactly' },
    { op: 'set', label: 'isSet' },
    { op: 'unset', label: 'isNotSet' },
  ],
  NUMBER: [
    { op: 'between', label: 'between' },
    { op: 'equals', label: 'equals' },
    { op: 'set', label: 'isSet' },
    { op: 'unset', label: 'isNotSet' },
  ],
  DATE: [
    { op: 'between', label: 'between' },
    { op: 'set', label: 'isSet' },
    { op: 'unset', label: 'isNotSet' },
  ],
  BOOLEAN: [
    { op: 'equals', label: 'is' },
    { op: 'set', label: 'isSet' },
    { op: 'unset', label: 'isNotSet' },
  ],
};

/** One condition as the builder edits it: dates as the date inputs' `YYYY-MM-DD` (local days). */
export type DraftCondition = {
  field: ConditionField;
  anyOf: string[];
  is: boolean;
  // ASSIGNEE: "Unassigned", OWNER: "Nobody" (`is: false`) instead of operators.
  unassigned: boolean;
  from: string;
  to: string;
  // TAGS and LISTS: whether a client needs any or all of the chosen labels.
  labelMode: 'any' | 'all';
  // VARIABLE: the variable's key, the comparison and its operands (as typed).
  variable: string;
  op: VariableOp;
  value: string;
  min: string;
  max: string;
};

export type AppliedFilter = { conditions: ConversationCondition[]; match: ConditionMatch };

export const newCondition = (field: ConditionField = 'HAS_PHONE'): DraftCondition => ({
  field,
  anyOf: [],
  is: true,
  unassigned: false,
  from: '',
  to: '',
  labelMode: 'any',
  variable: '',
  op: 'set',
  value: '',
  min: '',
  max: '',
});

/** A fresh VARIABLE condition on `key`, comparing the way its type is usually compared. */
export const newVariableCondition = (key: string, type: VariableType | undefined): DraftCondition => ({
  ...newCondition('VARIABLE'),
  variable: key,
  op: VARIABLE_OPS[type ?? 'TEXT'][0]!.op,
  value: type === 'BOOLEAN' ? 'true' : '',
});

const isoOf = (day: string, endOfDay: boolean) => (day ? new Date(`${day}T${endOfDay ? '23:59:59.999' : '00:00:00'}`).toISOString() : null);
const dayOf = (iso: string | null | undefined) => {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
// Date variables hold calendar days and the API compares them by the UTC day, `to` excluded: send UTC midnights,
// the day after the last one chosen.
const utcDay = (day: string, after = false) => {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (after) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
};
const number = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : null);

const variableInput = (draft: DraftCondition): ConversationCondition | null => {
  const base = { field: draft.field, variable: draft.variable };
  if (!draft.variable) return null;
  switch (draft.op) {
    case 'set':
    case 'unset':
      return { ...base, is: draft.op === 'set' };
    case 'equals':
      return draft.value.trim() ? { ...base, equals: draft.value.trim() } : null;
    case 'contains':
      return draft.value.trim() ? { ...base, contains: draft.value.trim() } : null;
    case 'between': {
      const min = number(draft.min);
      const max = number(draft.max);
      if (min !== null || max !== null) return { ...base, ...(min !== null ? { min } : {}), ...(max !== null ? { max } : {}) };
      if (!draft.from && !draft.to) return null;
      return { ...base, ...(draft.from ? { from: utcDay(draft.from) } : {}), ...(draft.to ? { to: utcDay(draft.to, true) } : {}) };
    }
  }
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
    case 'labels':
      if (!draft.anyOf.length) return null;
      return draft.labelMode === 'all' ? { field, allOf: [...draft.anyOf] } : { field, anyOf: [...draft.anyOf] };
    case 'variable':
      return variableInput(draft);
    default:
      if ((field === 'ASSIGNEE' || field === 'OWNER') && draft.unassigned) return { field, is: false };
      return draft.anyOf.length ? { field, anyOf: [...draft.anyOf] } : null;
  }
};

type AnyCondition = {
  field: ConditionField;
  anyOf?: readonly string[] | null;
  allOf?: readonly string[] | null;
  is?: boolean | null;
  from?: string | null;
  to?: string | null;
  variable?: string | null;
  equals?: string | null;
  contains?: string | null;
  min?: number | null;
  max?: number | null;
};

const variableOpOf = (condition: AnyCondition): VariableOp => {
  if (condition.equals != null) return 'equals';
  if (condition.contains != null) return 'contains';
  if (condition.min != null || condition.max != null || condition.from || condition.to) return 'between';
  return condition.is === false ? 'unset' : 'set';
};

// The day before a UTC midnight: the last day of a date variable's range as the builder shows it.
const dayBefore = (iso: string) => {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
};

export const toDraft = (condition: AnyCondition): DraftCondition => {
  const variable = condition.field === 'VARIABLE';
  return {
    ...newCondition(condition.field),
    anyOf: [...(condition.allOf?.length ? condition.allOf : (condition.anyOf ?? []))],
    is: condition.is ?? true,
    unassigned: (condition.field === 'ASSIGNEE' || condition.field === 'OWNER') && condition.is === false,
    from: variable ? (condition.from?.slice(0, 10) ?? '') : dayOf(condition.from),
    to: variable ? (condition.to ? dayBefore(condition.to) : '') : dayOf(condition.to),
    labelMode: condition.allOf?.length ? 'all' : 'any',
    variable: condition.variable ?? '',
    op: variableOpOf(condition),
    value: condition.equals ?? condition.contains ?? '',
    min: condition.min != null ? String(condition.min) : '',
    max: condition.max != null ? String(condition.max) : '',
  };
};

/** Only the input's own fields (a saved filter's conditions carry a __typename and nulls). */
export const cleanCondition = (condition: AnyCondition): ConversationCondition => ({
  field: condition.field,
  ...(condition.anyOf ? { anyOf: [...condition.anyOf] } : {}),
  ...(condition.allOf ? { allOf: [...condition.allOf] } : {}),
  ...(condition.is != null ? { is: condition.is } : {}),
  ...(condition.from ? { from: condition.from } : {}),
  ...(condition.to ? { to: condition.to } : {}),
  ...(condition.variable ? { variable: condition.variable } : {}),
  ...(condition.equals != null ? { equals: condition.equals } : {}),
  ...(condition.contains != null ? { contains: condition.contains } : {}),
  ...(condition.min != null ? { min: condition.min } : {}),
  ...(condition.max != null ? { max: condition.max } : {}),
});
