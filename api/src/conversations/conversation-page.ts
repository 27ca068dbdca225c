// The inbox's page in one statement: the conversations, and once each the rows and counts their list items show
// (clients and their channels, channels, assignees, teams, last messages and their authors, open tasks,
// scheduled messages), handed to the request's loaders so that the resolvers below find them there instead of
// asking the database again. The rows have exactly the loaders' columns: every field answers what it did.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { ClientChannelRow } from '../clients/client-channel.entity.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import { selectPrepared, toRow } from '../db/rows.ts';
import { primeNow, type Loaders } from '../graphql/loaders.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { TeamRow } from '../teams/team.entity.ts';
import type { ConversationRow } from './conversation.entity.ts';

type Kind = 'client' | 'clientChannels' | 'channel' | 'assignee' | 'team' | 'lastMessage' | 'author' | 'scheduledCount' | 'openTaskCount';
export type PageWants = ReadonlySet<Kind>;

// Each a `select <kind>, <json>` over the page (the CTE `page`); every related row once, however many
// conversations share it (a project's few channels, an operator assigned to many). `= any(array(…))` rather than
// `in (…)`: the planner, misjudging the page's size, would scan whole tables for a semi join.
const parts: Record<Kind, string> = {
  client: `select 'client', to_jsonb(x) from client x where x.id = any(array(select client_id from page))`,
  // The loader's columns: never the visitor's token hash.
  clientChannels: `select 'clientChannel', to_jsonb(x) from (select id, project_id, client_id, channel_id, platform_id, unreachable_at, created_at
      from client_channel where client_id = any(array(select client_id from page)) order by created_at) x`,
  channel: `select 'channel', to_jsonb(x) from channel x where x.id = any(array(select channel_id from page))`,
  assignee: `select 'operator', to_jsonb(x) from (select ${operatorColumns} from operator where id = any(array(select assignee_id from page))) x`,
  team: `select 'team', to_jsonb(x) from team x where x.id = any(array(select team_id from page))`,
  lastMessage: `select 'message', to_jsonb(x) from (select ${messageColumns()} from message where id = any(array(select last_message_id from page))) x`,
  author: `select 'operator', to_jsonb(x) from (select ${operatorColumns} from operator
      where id = any(array(select author_id from message where id = any(array(select last_message_id from page))))) x`,
  scheduledCount: `select 'scheduled', jsonb_build_array(conversation_id, count(*)) from message
      where conversation_id = any(array(select id from page)) and status = 'SCHEDULED' group by conversation_id`,
  openTaskCount: `select 'openTasks', jsonb_build_array(client_id, count(*)) from task
      where client_id = any(array(select client_id from page)) and completed_at is null group by client_id`,
};

/** What a list of conversations selected below `node` ("client.channels", …) needs read ahead. */
export function pageWants(paths: ReadonlySet<string>, node = 'edges.node.'): PageWants {
  const asked = (path: string) => paths.has(`${node}${path}`);
  const wants = new Set<Kind>();
  if (asked('client')) wants.add('client');
  if (asked('client.channels')) wants.add('clientChannels');
  if (asked('client.channels.channel')) wants.add('channel');
  if (asked('client.openTaskCount')) wants.add('openTaskCount');
  if (asked('channel')) wants.add('channel');
  if (asked('assignee')) wants.add('assignee');
  if (asked('team')) wants.add('team');
  if (asked('lastMessage')) wants.add('lastMessage');
  if (asked('lastMessage.author')) wants.add('author');
  if (asked('scheduledCount')) wants.add('scheduledCount');
  // Whether a reply would be refused: the client, its channel of the conversation, the channel.
  if (asked('replyRefusal')) for (const kind of ['client', 'clientChannels', 'channel'] as const) wants.add(kind);
  return wants;
}

/** Everything the web inbox's list item shows (the benchmark's bare floor runs this). */
export const everything: PageWants = new Set(Object.keys(parts) as Kind[]);

/**
 * The statement: the page (`pageSql`, a keyset page of conversation rows) and what `wants` of its related rows,
 * as (kind, json) rows; the page's rows come first, in its order.
 */
export function pageStatement(pageSql: string, wants: PageWants) {
  const channels = wants.has('clientChannels') && wants.has('channel');
  const selects = [...wants].map((kind) =>
    kind === 'channel' && channels
      ? `select 'channel', to_jsonb(x) from channel x where x.id = any(array(select channel_id from page union select channel_id from client_channel where client_id = any(array(select client_id from page))))`
      : parts[kind],
  );
  // The page's rows carry their place (a union's branches may come back in any order); the others null.
  return `with page as materialized (${pageSql})
    select 'page' as kind, to_jsonb(page) as row, row_number() over () as place from page
    ${selects.map((part) => `union all ${part.replace(/ from /, ', null from ')}`).join('\n    ')}`;
}

/** Runs the statement, hands the related rows to the loaders and answers the page's conversation rows. */
export async function readPage(em: EntityManager, loaders: Loaders, pageSql: string, params: unknown[], wants: PageWants): Promise<ConversationRow[]> {
  const records = await selectPrepared<{ kind: string; row: Record<string, unknown> | [string, number]; place: string | null }>(em, pageStatement(pageSql, wants), params);
  const page: ConversationRow[] = [];
  records.sort((a, b) => Number(a.place ?? Infinity) - Number(b.place ?? Infinity));
  const clientChannels = new Map<string, ClientChannelRow[]>();
  for (const { kind, row } of records) {
    if (Array.isArray(row)) {
      const [id, n] = row;
      if (kind === 'scheduled') primeNow(loaders.scheduledCountByConversation, id, n);
      else primeNow(loaders.openTaskCount, id, n);
      continue;
    }
    const value = toRow(row);
    const id = value.id as string;
    if (kind === 'page') page.push(value as ConversationRow);
    else if (kind === 'client') primeNow(loaders.client, id, value as ClientRow);
    else if (kind === 'channel') primeNow(loaders.channel, id, value as ChannelRow);
    else if (kind === 'operator') primeNow(loaders.operator, id, value as OperatorRow);
    else if (kind === 'team') primeNow(loaders.team, id, value as TeamRow);
    else if (kind === 'message') primeNow(loaders.message, id, value as MessageRow);
    else if (kind === 'clientChannel') {
      const of = value.clientId as string;
      clientChannels.set(of, [...(clientChannels.get(of) ?? []), value as ClientChannelRow]);
    }
  }
  // Counts of zero have no row; clients without channels neither.
  for (const conversation of page) {
    if (wants.has('scheduledCount')) primeNow(loaders.scheduledCountByConversation, conversation.id, 0);
    if (wants.has('openTaskCount')) primeNow(loaders.openTaskCount, conversation.clientId, 0);
    if (wants.has('clientChannels')) primeNow(loaders.clientChannelsByClient, conversation.clientId, clientChannels.get(conversation.clientId) ?? []);
  }
  return page;
}
