import type { ConditionMatch, ConversationCondition } from '../generated/graphql.ts';
import { badInput } from '../graphql/errors.ts';
import { idOf, type IdType } from '../graphql/global-id.ts';
import { channelKinds } from '../channels/channel.entity.ts';
import { containsPattern } from '../db/text-match.ts';

type Sql = { sql: string; params: unknown[] };

/**
 * Where conditions apply: to conversations (the inbox; client conditions look at the conversation's client) or
 * to clients (the Audience; conversation conditions ask whether one of the client's conversations matches).
 */
export type ConditionScope = { conversation: string } | { client: string };

const needs = (condition: ConversationCondition, operand: string): never => {
  throw badInput(`Condition ${condition.field} needs ${operand}.`);
};

const ids = (condition: ConversationCondition, type: IdType, values: readonly string[] | null | undefined, what: string) => {
  const list = (values ?? []).map((id) => idOf(type, id));
  if (!list.length || list.some((id) => !id)) needs(condition, what);
  return list as string[];
};

const variableKey = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** One condition as SQL in its scope. */
function conditionSql(condition: ConversationCondition, scope: ConditionScope): Sql {
  const c = 'conversation' in scope ? scope.conversation : null;
  const clientId = c ? `${c}.client_id` : `${(scope as { client: string }).client}.id`;
  const onClient = (predicate: (cl: string) => string) =>
    c ? `exists (select 1 from client cl where cl.id = ${c}.client_id and ${predicate('cl')})` : predicate((scope as { client: string }).client);
  const onConversation = (predicate: (cv: string) => string) =>
    c ? predicate(c) : `exists (select 1 from conversation cv where cv.client_id = ${clientId} and ${predicate('cv')})`;
  const flag = (sql: string) => {
    if (condition.is == null) needs(condition, '`is`');
    return { sql: condition.is ? sql : `not (${sql})`, params: [] };
  };
  const labels = (type: IdType) => {
    // Tags and lists are both labels: the ids say which.
    if (condition.allOf?.length) {
      const all = ids(condition, type, condition.allOf, `${type} ids`);
      return { sql: `(select count(*) from client_label x where x.client_id = ${clientId} and x.label_id in (?)) = ?`, params: [all, new Set(all).size] };
    }
    const any = ids(condition, type, condition.anyOf, `\`anyOf\` or \`allOf\` ${type} ids`);
    return { sql: `exists (select 1 from client_label x where x.client_id = ${clientId} and x.label_id in (?))`, params: [any] };
  };
  const range = (column: string) => {
    if (!condition.from && !condition.to) needs(condition, '`from` and/or `to`');
    const parts = [...(condition.from ? [`${column} >= ?`] : []), ...(condition.to ? [`${column} < ?`] : [])];
    return { sql: parts.join(' and '), params: [...(condition.from ? [condition.from] : []), ...(condition.to ? [condition.to] : [])] };
  };
  switch (condition.field) {
    case 'CHANNEL': {
      const channels = ids(condition, 'Channel', condition.anyOf, '`anyOf` channel ids');
      return { sql: onConversation((cv) => `${cv}.channel_id in (?)`), params: [channels] };
    }
    case 'CHANNEL_KIND': {
      const kinds = condition.anyOf ?? needs(condition, '`anyOf` kinds');
      if (!kinds.length || kinds.some((kind) => !(channelKinds as readonly string[]).includes(kind))) throw badInput(`CHANNEL_KIND takes ${channelKinds.join(', ')}.`);
      return { sql: onConversation((cv) => `${cv}.channel_id in (select id from channel where kind in (?))`), params: [kinds] };
    }
    case 'ASSIGNEE': {
      if (condition.is === false) return { sql: onConversation((cv) => `${cv}.assignee_id is null`), params: [] };
      const operators = ids(condition, 'Operator', condition.anyOf, '`anyOf` operator ids or `is: false`');
      return { sql: onConversation((cv) => `${cv}.assignee_id in (?)`), params: [operators] };
    }
    case 'UNREAD':
      return flag(onConversation((cv) => `${cv}.unread_count > 0`));
    case 'CREATED_AT':
      return range(c ? `${c}.created_at` : `${(scope as { client: string }).client}.created_at`);
    case 'LAST_ACTIVITY_AT':
      return range(c ? `${c}.last_activity_at` : `${(scope as { client: string }).client}.last_activity_at`);
    case 'HAS_PHONE':
      return flag(onClient((cl) => `${cl}.phone is not null and ${cl}.phone <> ''`));
    case 'HAS_EMAIL':
      return flag(onClient((cl) => `${cl}.email is not null and ${cl}.email <> ''`));
    case 'TAGS':
      return labels('Label');
    case 'LISTS':
      return labels('Label');
    case 'OWNER': {
      if (condition.is === false) return { sql: onClient((cl) => `${cl}.owner_id is null`), params: [] };
      const owners = ids(condition, 'Operator', condition.anyOf, '`anyOf` operator ids or `is: false`');
      return { sql: onClient((cl) => `${cl}.owner_id in (?)`), params: [owners] };
    }
    case 'FUNNEL': {
      const funnels = ids(condition, 'Funnel', condition.anyOf, '`anyOf` funnel ids');
      return { sql: `exists (select 1 from deal d where d.client_id = ${clientId} and d.status = 'OPEN' and d.funnel_id in (?))`, params: [funnels] };
    }
    case 'STAGE': {
      const stages = ids(condition, 'FunnelStage', condition.anyOf, '`anyOf` stage ids');
      return { sql: `exists (select 1 from deal d where d.client_id = ${clientId} and d.status = 'OPEN' and d.stage_id in (?))`, params: [stages] };
    }
    case 'BOT_STATUS': {
      const statuses = condition.anyOf ?? needs(condition, '`anyOf` AUTO and/or MANUAL');
      if (!statuses.length || statuses.some((status) => status !== 'AUTO' && status !== 'MANUAL')) throw badInput('BOT_STATUS takes AUTO, MANUAL.');
      if (statuses.includes('AUTO') && statuses.includes('MANUAL')) return { sql: 'true', params: [] };
      // Manual: the bot is paused for the client, or one of their business processes waits for an operator.
      const manual = (cl: string) =>
        `((${cl}.bot_paused_until is not null and ${cl}.bot_paused_until > now()) or exists (select 1 from process_run pr where pr.client_id = ${cl}.id and pr.status = 'MANUAL'))`;
      return { sql: onClient((cl) => (statuses[0] === 'MANUAL' ? manual(cl) : `not ${manual(cl)}`)), params: [] };
    }
    case 'VARIABLE':
      return variableSql(condition, onClient);
  }
}

/** A custom variable's condition: equals, contains, exists (`is`), a number range (`min`/`max`) or a date range. */
function variableSql(condition: ConversationCondition, onClient: (predicate: (cl: string) => string) => string): Sql {
  const key = condition.variable ?? needs(condition, '`variable` (the key)');
  if (!variableKey.test(key)) throw badInput('`variable` is not a variable key.');
  const value = (cl: string) => `(${cl}.variables ->> ?)`;
  // Text compares as search matches it (see text-match.ts): case, ё/е and Latin accents aside.
  if (condition.equals != null) return { sql: onClient((cl) => `search_fold(${value(cl)}) = search_fold(?)`), params: [key, condition.equals] };
  if (condition.contains != null) {
    return { sql: onClient((cl) => `search_fold(${value(cl)}) like search_fold(?)`), params: [key, containsPattern(condition.contains)] };
  }
  if (condition.min != null || condition.max != null) {
    const number = (cl: string) => `(case when jsonb_typeof(${cl}.variables -> ?) = 'number' then (${cl}.variables ->> ?)::numeric end)`;
    const parts = [...(condition.min != null ? ['>= ?'] : []), ...(condition.max != null ? ['<= ?'] : [])];
    const bounds = [...(condition.min != null ? [condition.min] : []), ...(condition.max != null ? [condition.max] : [])];
    return {
      sql: onClient((cl) => parts.map((part) => `${number(cl)} ${part}`).join(' and ')),
      params: bounds.flatMap((bound) => [key, key, bound]),
    };
  }
  if (condition.from || condition.to) {
    // Date variables hold ISO dates (YYYY-MM-DD), which compare as text.
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const parts = [...(condition.from ? ['>= ?'] : []), ...(condition.to ? ['< ?'] : [])];
    const bounds = [...(condition.from ? [day(condition.from)] : []), ...(condition.to ? [day(condition.to)] : [])];
    return { sql: onClient((cl) => parts.map((part) => `${value(cl)} ${part}`).join(' and ')), params: bounds.flatMap((bound) => [key, bound]) };
  }
  if (condition.is != null) {
    const exists = (cl: string) => `${value(cl)} is not null and ${value(cl)} <> ''`;
    return { sql: onClient((cl) => (condition.is ? exists(cl) : `not (${exists(cl)})`)), params: [key, key] };
  }
  return needs(condition, '`equals`, `contains`, `is`, `min`/`max` or `from`/`to`');
}

/** The conditions combined as `match` says (all or any), or nothing when there are none. */
export function conditionsSql(
  filter: { conditions?: readonly ConversationCondition[] | null; match?: ConditionMatch | null } | null | undefined,
  scope: ConditionScope,
): Sql | null {
  const conditions = filter?.conditions ?? [];
  if (!conditions.length) return null;
  if (conditions.length > 20) throw badInput('A filter takes at most 20 conditions.');
  const parts = conditions.map((condition) => conditionSql(condition, scope));
  return { sql: `(${parts.map((part) => `(${part.sql})`).join(filter?.match === 'ANY' ? ' or ' : ' and ')})`, params: parts.flatMap((part) => part.params) };
}
