// A business process as data: numbered blocks, typed connections between their ports, and triggers. One schema
// (zod) for the API (saving, importing, publishing), the editor (web/src/processes/) and the run workflow; no Node
// built-ins, as workflows import it.
import { z } from 'zod';
import { blockById, follow, portsOf } from './graph.ts';

export { blockById, delayEnd, follow, portsOf } from './graph.ts';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, _ and -');
const variableKey = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a variable key');
const text = z.string().trim().min(1).max(4096);

export const blockColors = ['GRAY', 'BLUE', 'GREEN', 'YELLOW', 'ORANGE', 'RED', 'PURPLE'] as const;

/** A condition of the inbox's condition language (ConversationCondition in schema/conversation.graphql). */
export const conditionSchema = z.object({
  field: z.string(),
  anyOf: z.array(z.string()).nullish(),
  allOf: z.array(z.string()).nullish(),
  is: z.boolean().nullish(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  variable: z.string().nullish(),
  equals: z.string().nullish(),
  contains: z.string().nullish(),
  min: z.number().nullish(),
  max: z.number().nullish(),
});

export const answerKinds = ['TEXT', 'NUMBER', 'EMAIL', 'PHONE', 'BUTTON'] as const;
export type AnswerKind = (typeof answerKinds)[number];

export const actionKinds = [
  'ADD_TAG', 'REMOVE_TAG', 'ADD_TO_LIST', 'REMOVE_FROM_LIST', 'SET_VARIABLE', 'ASSIGN', 'TRANSFER_TO_TEAM', 'SET_OWNER',
  'CREATE_DEAL', 'MOVE_DEAL', 'CLOSE_DEAL', 'CREATE_TASK', 'ADD_COMMENT', 'CLOSE_CONVERSATION', 'PAUSE_BOT',
] as const;
export type ActionKind = (typeof actionKinds)[number];

const waitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('DURATION'), seconds: z.int().min(1).max(366 * 86_400) }),
  z.object({ kind: z.literal('UNTIL'), at: z.iso.datetime({ offset: true }) }),
  // The next of these weekdays (1 Monday … 7 Sunday) at this time, in the project's time zone.
  z.object({ kind: z.literal('WEEKDAY'), days: z.array(z.int().min(1).max(7)).min(1).max(7), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
]);
export type Wait = z.infer<typeof waitSchema>;

const common = {
  id,
  number: z.int().min(1).max(9999),
  name: z.string().trim().max(100).default(''),
  description: z.string().max(1000).default(''),
  color: z.enum(blockColors).default('GRAY'),
  position: z.object({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
};

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('MESSAGE'), text, fileIds: z.array(z.string()).max(10).default([]), buttons: z.array(z.string().trim().min(1).max(64)).max(10).default([]) }),
  z.object({
    ...common,
    type: z.literal('QUESTION'),
    text,
    buttons: z.array(z.string().trim().min(1).max(64)).max(10).default([]),
    expect: z.enum(answerKinds).default('TEXT'),
    // Where the answer is stored: a client variable's key (null: not stored).
    variable: variableKey.nullable().default(null),
    // No answer within this many seconds follows `timeout` (null: waits for ever).
    timeoutSeconds: z.int().min(10).max(366 * 86_400).nullable().default(null),
  }),
  z.object({ ...common, type: z.literal('DELAY'), wait: waitSchema }),
  z.object({ ...common, type: z.literal('CONDITION'), match: z.enum(['ALL', 'ANY']).default('ALL'), conditions: z.array(conditionSchema).min(1).max(20) }),
  z.object({
    ...common,
    type: z.literal('ACTION'),
    action: z.enum(actionKinds),
    // The object acted on: a tag, list, operator, team, funnel stage… by global id, as the API names it.
    targetId: z.string().nullable().default(null),
    variable: variableKey.nullable().default(null),
    // A variable's value, a comment's or a task's text (with #{variables}).
    value: z.string().max(4096).nullable().default(null),
  }),
  z.object({ ...common, type: z.literal('HANDOFF'), operatorId: z.string().nullable().default(null), teamId: z.string().nullable().default(null) }),
  z.object({
    ...common,
    type: z.literal('HTTP'),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
    url: z.string().trim().min(1).max(2048),
    headers: z.array(z.object({ name: z.string().min(1).max(100), value: z.string().max(2048) })).max(20).default([]),
    body: z.string().max(65_536).default(''),
    // Answer fields to store: a client variable ← a dot path in the JSON answer (`data.order.id`).
    map: z.array(z.object({ variable: variableKey, path: z.string().min(1).max(200) })).max(20).default([]),
    timeoutSeconds: z.int().min(1).max(60).default(10),
  }),
  z.object({ ...common, type: z.literal('GOTO'), target: id }),
  z.object({ ...common, type: z.literal('START_PROCESS'), processId: z.string().min(1) }),
  z.object({ ...common, type: z.literal('END') }),
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export const blockTypes = ['MESSAGE', 'QUESTION', 'DELAY', 'CONDITION', 'ACTION', 'HANDOFF', 'HTTP', 'GOTO', 'START_PROCESS', 'END'] as const satisfies readonly BlockType[];

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');

/** How often a SCHEDULE trigger fires: on these weekdays (1 Monday … 7 Sunday; all seven: every day) at a time of the project's time zone, or every N hours. */
export const everySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('DAYS'), days: z.array(z.int().min(1).max(7)).min(1).max(7), time: timeOfDay }),
  z.object({ kind: z.literal('HOURS'), hours: z.int().min(1).max(168) }),
]);
export type Every = z.infer<typeof everySchema>;

/**
 * Whom a SCHEDULE trigger starts: the Audience's Active clients matching a saved filter (one the publisher sees,
 * checked on publish), or inline conditions of the inbox's condition language (none: every Active client).
 */
export const segmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('SAVED_FILTER'), savedFilterId: z.string() }),
  z.object({ kind: z.literal('CONDITIONS'), match: z.enum(['ALL', 'ANY']).default('ALL'), conditions: z.array(conditionSchema).max(20).default([]) }),
]);
export type Segment = z.infer<typeof segmentSchema>;

export const triggerSchema = z.discriminatedUnion('type', [
  // A new client's first message (on one channel, or any).
  z.object({ type: z.literal('FIRST_MESSAGE'), channelId: z.string().nullable().default(null) }),
  // An inbound message containing one of the keywords (any case), or matching the pattern.
  z.object({ type: z.literal('KEYWORD'), keywords: z.array(z.string().trim().min(1).max(100)).max(50).default([]), pattern: z.string().max(200).nullable().default(null) }),
  z.object({ type: z.literal('TAG_ADDED'), labelId: z.string().min(1) }),
  z.object({ type: z.literal('DEAL_STAGE'), stageId: z.string().min(1) }),
  // Every so often, for the clients of a segment: one Temporal Schedule per (process, trigger id).
  z.object({ type: z.literal('SCHEDULE'), id, every: everySchema, segment: segmentSchema }),
]);
export type Trigger = z.infer<typeof triggerSchema>;
export type ScheduleTrigger = Extract<Trigger, { type: 'SCHEDULE' }>;

export const definitionSchema = z.object({
  // The block a run starts at.
  start: id.nullable().default(null),
  blocks: z.array(blockSchema).max(500).default([]),
  connections: z.array(z.object({ from: id, port: z.string(), to: id })).max(2000).default([]),
  triggers: z.array(triggerSchema).max(20).default([]),
  // Whether a client may be in the process more than once at a time.
  allowRepeat: z.boolean().default(false),
});
export type Definition = z.infer<typeof definitionSchema>;

export const emptyDefinition = (): Definition => definitionSchema.parse({});

/** The definition, or the first problem with its shape as "blocks.2.text: …". */
export function parseDefinition(input: unknown): { definition: Definition } | { problem: string } {
  const parsed = definitionSchema.safeParse(input);
  if (parsed.success) return { definition: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { problem: `${issue.path.join('.') || 'definition'}: ${issue.message}` };
}

/** Block types that make a run wait (for a reply, a time or an operator): a loop must pass one. */
const waits: readonly BlockType[] = ['QUESTION', 'DELAY', 'HANDOFF'];

export type Problem = { code: 'NO_START' | 'DUPLICATE_ID' | 'DUPLICATE_NUMBER' | 'UNKNOWN_BLOCK' | 'UNKNOWN_PORT' | 'UNREACHABLE' | 'DANGLING' | 'UNKNOWN_VARIABLE' | 'LOOP_WITHOUT_WAIT'; blockId: string | null; detail: string };

/**
 * What keeps a definition from being published: no start, ids or numbers used twice, connections to unknown blocks
 * or ports, blocks no run can reach, branches left unconnected (a condition's yes or no, a question's answered, a
 * call's success), `#{variables}` and variable keys the project does not define, and loops in which
 * no block waits (a run would spin).
 */
export function problemsOf(definition: Definition, knownVariables: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Block>();
  const numbers = new Set<number>();
  for (const block of definition.blocks) {
    if (byId.has(block.id)) problems.push({ code: 'DUPLICATE_ID', blockId: block.id, detail: block.id });
    if (numbers.has(block.number)) problems.push({ code: 'DUPLICATE_NUMBER', blockId: block.id, detail: String(block.number) });
    byId.set(block.id, block);
    numbers.add(block.number);
  }
  if (!definition.start || !byId.has(definition.start)) problems.push({ code: 'NO_START', blockId: null, detail: 'Choose the block a run starts at.' });
  for (const connection of definition.connections) {
    const from = byId.get(connection.from);
    if (!from || !byId.has(connection.to)) problems.push({ code: 'UNKNOWN_BLOCK', blockId: connection.from, detail: `${connection.from} → ${connection.to}` });
    else if (!portsOf[from.type].includes(connection.port)) problems.push({ code: 'UNKNOWN_PORT', blockId: from.id, detail: connection.port });
  }
  for (const block of definition.blocks) {
    if (block.type === 'GOTO' && !byId.has(block.target)) problems.push({ code: 'UNKNOWN_BLOCK', blockId: block.id, detail: block.target });
    // A branch left open is a mistake; a block with one way on may end the run, and a question's `invalid`,
    // `timeout` and a call's `failure` may be left (waiting again, or ending).
    if (portsOf[block.type].length > 1) for (const port of portsOf[block.type]) {
      if (port === 'invalid' || port === 'failure' || port === 'timeout') continue;
      if (!follow(definition, block.id, port)) problems.push({ code: 'DANGLING', blockId: block.id, detail: port });
    }
    for (const key of variablesUsed(block)) if (!knownVariables.has(key)) problems.push({ code: 'UNKNOWN_VARIABLE', blockId: block.id, detail: key });
  }
  const reachable = reachableFrom(definition, definition.start);
  for (const block of definition.blocks) if (!reachable.has(block.id)) problems.push({ code: 'UNREACHABLE', blockId: block.id, detail: String(block.number) });
  for (const cycle of loopsWithoutWait(definition)) problems.push({ code: 'LOOP_WITHOUT_WAIT', blockId: cycle, detail: String(byId.get(cycle)?.number ?? cycle) });
  // A schedule trigger's id names its Temporal Schedule: two with one id would be one schedule.
  const scheduleIds = new Set<string>();
  for (const trigger of definition.triggers) {
    if (trigger.type !== 'SCHEDULE') continue;
    if (scheduleIds.has(trigger.id)) problems.push({ code: 'DUPLICATE_ID', blockId: null, detail: trigger.id });
    scheduleIds.add(trigger.id);
    if (trigger.segment.kind === 'CONDITIONS') {
      for (const condition of trigger.segment.conditions) if (condition.field === 'VARIABLE' && condition.variable && !knownVariables.has(condition.variable)) problems.push({ code: 'UNKNOWN_VARIABLE', blockId: null, detail: condition.variable });
    }
  }
  return problems;
}

const successors = (definition: Definition, block: Block) => portsOf[block.type].map((port) => follow(definition, block.id, port)).concat(block.type === 'GOTO' ? [block.target] : []).filter((to): to is string => !!to);

function reachableFrom(definition: Definition, start: string | null): Set<string> {
  const seen = new Set<string>();
  const stack = start ? [start] : [];
  while (stack.length) {
    const current = stack.pop()!;
    const block = blockById(definition, current);
    if (!block || seen.has(current)) continue;
    seen.add(current);
    stack.push(...successors(definition, block));
  }
  return seen;
}

// A block on a cycle of blocks none of which waits: each such cycle is reported once, at one of its blocks.
function loopsWithoutWait(definition: Definition): string[] {
  const active = definition.blocks.filter((block) => !waits.includes(block.type));
  const activeIds = new Set(active.map((block) => block.id));
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (block: Block) => {
    state.set(block.id, 'open');
    for (const next of successors(definition, block)) {
      if (!activeIds.has(next)) continue;
      if (state.get(next) === 'open') found.push(next);
      else if (!state.has(next)) visit(blockById(definition, next)!);
    }
    state.set(block.id, 'done');
  };
  for (const block of active) if (!state.has(block.id)) visit(block);
  return found;
}

// `#{key}` or `#{key|fallback}` in a text.
const placeholder = /#\{([A-Za-z_][A-Za-z0-9_]*)(?:\|[^}]*)?\}/g;

/** The variable keys a block reads or writes. */
export function variablesUsed(block: Block): string[] {
  const keys = new Set<string>();
  const scan = (value: string | null | undefined) => {
    for (const match of (value ?? '').matchAll(placeholder)) keys.add(match[1]!);
  };
  if (block.type === 'MESSAGE' || block.type === 'QUESTION') scan(block.text);
  if (block.type === 'QUESTION' && block.variable) keys.add(block.variable);
  if (block.type === 'ACTION') {
    scan(block.value);
    if (block.variable) keys.add(block.variable);
  }
  if (block.type === 'HTTP') {
    scan(block.url);
    scan(block.body);
    for (const header of block.headers) scan(header.value);
    for (const entry of block.map) keys.add(entry.variable);
  }
  if (block.type === 'CONDITION') for (const condition of block.conditions) if (condition.field === 'VARIABLE' && condition.variable) keys.add(condition.variable);
  return [...keys];
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A client's answer to a question, checked: the value to store (numbers as numbers, phones with their digits
 * only), or null when it does not fit.
 */
export function checkAnswer(kind: AnswerKind, answer: string, buttons: readonly string[]): { value: string | number } | null {
  const trimmed = answer.trim();
  if (!trimmed) return null;
  switch (kind) {
    case 'TEXT':
      return { value: trimmed };
    case 'NUMBER': {
      const number = Number(trimmed.replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(number) ? { value: number } : null;
    }
    case 'EMAIL':
      return emailPattern.test(trimmed) ? { value: trimmed.toLowerCase() } : null;
    case 'PHONE': {
      const digits = trimmed.replace(/[\s()\-.]/g, '');
      return /^\+?\d{7,15}$/.test(digits) ? { value: digits } : null;
    }
    case 'BUTTON': {
      const pressed = buttons.find((button) => button.localeCompare(trimmed, undefined, { sensitivity: 'accent' }) === 0);
      return pressed ? { value: pressed } : null;
    }
  }
}
