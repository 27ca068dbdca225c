// The inbox's page in one statement: each conversation with the rows and counts its list item shows (client and
// their channels, channel, assignee, team, last message and its author, open tasks, scheduled messages), read
// by the page's own statement and handed to the request's loaders, so the resolvers below find them there
// instead of asking the database again. The rows have exactly the loaders' columns: a field answers the same.
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { ClientChannelRow } from '../clients/client-channel.entity.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import { toRow } from '../db/rows.ts';
import type { Loaders } from '../graphql/loaders.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { TeamRow } from '../teams/team.entity.ts';
import type { ConversationRow } from './conversation.entity.ts';

type Extra = 'client' | 'clientChannels' | 'channel' | 'assignee' | 'team' | 'lastMessage' | 'author' | 'scheduledCount' | 'openTaskCount';

const operator = (alias: string) => operatorColumns.replace(/(\w+)/g, `${alias}.$1`);
const one = (sql: string) => `(select to_jsonb(x) from (${sql}) x)`;

// Each over the page's alias `page`; named `with_…` (camelCase `with…` in the row).
const extraSql: Record<Extra, string> = {
  client: `(select to_jsonb(x) from client x where x.id = page.client_id) as with_client`,
  // The loader's columns: never the visitor's token hash. With the channels they are on.
  clientChannels: `(select coalesce(jsonb_agg(to_jsonb(x) order by x.created_at), '[]') from (select id, project_id, client_id, channel_id, platform_id, unreachable_at, created_at
      from client_channel where client_id = page.client_id) x) as with_client_channels,
    (select coalesce(jsonb_agg(to_jsonb(x)), '[]') from channel x where x.id in (select channel_id from client_channel where client_id = page.client_id)) as with_client_channel_channels`,
  channel: `(select to_jsonb(x) from channel x where x.id = page.channel_id) as with_channel`,
  assignee: `${one(`select ${operatorColumns} from operator where id = page.assignee_id`)} as with_assignee`,
  team: `(select to_jsonb(x) from team x where x.id = page.team_id) as with_team`,
  lastMessage: `${one(`select ${messageColumns()} from message where id = page.last_message_id`)} as with_last_message`,
  author: `${one(`select ${operator('o')} from message m join operator o on o.id = m.author_id where m.id = page.last_message_id`)} as with_author`,
  scheduledCount: `(select count(*)::int from message where conversation_id = page.id and status = 'SCHEDULED') as with_scheduled_count`,
  openTaskCount: `(select count(*)::int from task where client_id = page.client_id and completed_at is null) as with_open_task_count`,
};

/** What a list of conversations selected below `node` ("client.channels", …) needs read ahead; null: nothing. */
export function pageExtras(paths: ReadonlySet<string>, node = 'edges.node.'): string | undefined {
  const asked = (path: string) => paths.has(`${node}${path}`);
  const extras: Extra[] = [];
  if (asked('client')) extras.push('client');
  if (asked('client.channels')) extras.push('clientChannels');
  if (asked('client.openTaskCount')) extras.push('openTaskCount');
  if (asked('channel')) extras.push('channel');
  if (asked('assignee')) extras.push('assignee');
  if (asked('team')) extras.push('team');
  if (asked('lastMessage')) extras.push('lastMessage');
  if (asked('lastMessage.author')) extras.push('author');
  if (asked('scheduledCount')) extras.push('scheduledCount');
  return extras.length ? extras.map((extra) => extraSql[extra]).join(',\n    ') : undefined;
}

/** Every extra, as the web inbox's list item asks them (the benchmark's bare floor runs this). */
export const allPageExtras = Object.values(extraSql).join(',\n    ');

type Json = Record<string, unknown>;
type WithExtras = ConversationRow & {
  withClient?: Json | null;
  withClientChannels?: Json[];
  withClientChannelChannels?: Json[];
  withChannel?: Json | null;
  withAssignee?: Json | null;
  withTeam?: Json | null;
  withLastMessage?: Json | null;
  withAuthor?: Json | null;
  withScheduledCount?: number;
  withOpenTaskCount?: number;
};

const rowOf = <T>(json: Json) => toRow(json) as T;

/** Hands a page's extras to the loaders and answers the conversation rows alone. */
export function primeLoaders(loaders: Loaders, rows: readonly ConversationRow[]): ConversationRow[] {
  return rows.map((row) => {
    const {
      withClient,
      withClientChannels,
      withClientChannelChannels,
      withChannel,
      withAssignee,
      withTeam,
      withLastMessage,
      withAuthor,
      withScheduledCount,
      withOpenTaskCount,
      ...conversation
    } = row as WithExtras;
    if (withClient) loaders.client.prime(row.clientId, rowOf<ClientRow>(withClient));
    if (withChannel) loaders.channel.prime(row.channelId, rowOf<ChannelRow>(withChannel));
    if (withAssignee) loaders.operator.prime(withAssignee.id as string, rowOf<OperatorRow>(withAssignee));
    if (withTeam) loaders.team.prime(withTeam.id as string, rowOf<TeamRow>(withTeam));
    if (withLastMessage) loaders.message.prime(withLastMessage.id as string, rowOf<MessageRow>(withLastMessage));
    if (withAuthor) loaders.operator.prime(withAuthor.id as string, rowOf<OperatorRow>(withAuthor));
    if (withScheduledCount !== undefined) loaders.scheduledCountByConversation.prime(row.id, withScheduledCount);
    if (withOpenTaskCount !== undefined) loaders.openTaskCount.prime(row.clientId, withOpenTaskCount);
    if (withClientChannels) loaders.clientChannelsByClient.prime(row.clientId, withClientChannels.map(rowOf<ClientChannelRow>));
    for (const channel of withClientChannelChannels ?? []) loaders.channel.prime(channel.id as string, rowOf<ChannelRow>(channel));
    return conversation;
  });
}
