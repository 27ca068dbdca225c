import type { ConversationCondition, ConversationFilter } from '../generated/graphql.ts';
import { badInput } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { channelKinds } from '../channels/channel.entity.ts';

type Sql = { sql: string; params: unknown[] };

const needs = (condition: ConversationCondition, operand: string): never => {
  throw badInput(`Condition ${condition.field} needs ${operand}.`);
};

/** One condition as SQL on the conversation table (alias `c`); client columns through a subquery on its id. */
function conditionSql(condition: ConversationCondition, c: string): Sql {
  const client = (predicate: string) => `exists (select 1 from client cl where cl.id = ${c}.client_id and ${predicate})`;
  const flag = (sql: string) => {
    if (condition.is == null) needs(condition, '`is`');
    return { sql: condition.is ? sql : `not (${sql})`, params: [] };
  };
  switch (condition.field) {
    case 'CHANNEL': {
      const ids = (condition.anyOf ?? needs(condition, '`anyOf` channel ids')).map((id) => idOf('Channel', id));
      if (!ids.length || ids.some((id) => !id)) throw badInput('CHANNEL needs channel ids.');
      return { sql: `${c}.channel_id in (?)`, params: [ids] };
    }
    case 'CHANNEL_KIND': {
      const kinds = condition.anyOf ?? needs(condition, '`anyOf` kinds');
      if (!kinds.length || kinds.some((kind) => !(channelKinds as readonly string[]).includes(kind))) throw badInput(`CHANNEL_KIND takes ${channelKinds.join(', ')}.`);
      return { sql: `${c}.channel_id in (select id from channel where kind in (?))`, params: [kinds] };
    }
    case 'ASSIGNEE': {
      if (condition.is === false) return { sql: `${c}.assignee_id is null`, params: [] };
      const ids = (condition.anyOf ?? needs(condition, '`anyOf` operator ids or `is: false`')).map((id) => idOf('Operator', id));
      if (!ids.length || ids.some((id) => !id)) throw badInput('ASSIGNEE needs operator ids.');
      return { sql: `${c}.assignee_id in (?)`, params: [ids] };
    }
    case 'HAS_PHONE':
      return flag(client(`cl.phone is not null and cl.phone <> ''`));
    case 'HAS_EMAIL':
      return flag(client(`cl.email is not null and cl.email <> ''`));
    case 'UNREAD':
      return flag(`${c}.unread_count > 0`);
    case 'CREATED_AT':
    case 'LAST_ACTIVITY_AT': {
      const column = condition.field === 'CREATED_AT' ? 'created_at' : 'last_activity_at';
      if (!condition.from && !condition.to) needs(condition, '`from` and/or `to`');
      const parts = [...(condition.from ? [`${c}.${column} >= ?`] : []), ...(condition.to ? [`${c}.${column} < ?`] : [])];
      return { sql: parts.join(' and '), params: [...(condition.from ? [condition.from] : []), ...(condition.to ? [condition.to] : [])] };
    }
  }
}

/** The filter's conditions combined as it says (all or any), or nothing when it has none. */
export function conditionsSql(filter: ConversationFilter | null | undefined, c: string): Sql | null {
  const conditions = filter?.conditions ?? [];
  if (!conditions.length) return null;
  if (conditions.length > 20) throw badInput('A filter takes at most 20 conditions.');
  const parts = conditions.map((condition) => conditionSql(condition, c));
  return { sql: `(${parts.map((part) => `(${part.sql})`).join(filter?.match === 'ANY' ? ' or ' : ' and ')})`, params: parts.flatMap((part) => part.params) };
}
