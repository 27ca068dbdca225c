import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { ClientChannelRow } from '../clients/client-channel.entity.ts';
import { findDuplicates } from '../clients/client-merge.service.ts';
import type { ClientRow } from '../clients/client.entity.ts';
import type { CommentRow } from '../conversations/comment.entity.ts';
import type { ConversationEventRow } from '../conversations/conversation-event.entity.ts';
import type { ConversationRow } from '../conversations/conversation.entity.ts';
import { select } from '../db/rows.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { endpointColumns, type WebhookDeliveryRow, type WebhookEndpointRow } from '../webhooks/webhook.entity.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { QuickReplyFolderRow, QuickReplyRow } from '../quick-replies/quick-reply.entity.ts';
import type { NotificationRow } from '../operators/notification.entity.ts';
import type { SavedFilterRow } from '../conversations/saved-filter.entity.ts';
import type { ApiTokenRow } from '../auth/auth-token.entity.ts';
import { fileColumns, type StoredFileRow } from '../files/file.entity.ts';
import type { ClientJobRow } from '../audience/client-job.entity.ts';
import type { BroadcastRow } from '../broadcasts/broadcast.entity.ts';
import type { ProcessRow, ProcessRunRow, ProcessVersionRow } from '../processes/process.entity.ts';
import { blockCountersLoader } from '../processes/process-blocks.ts';
import { pendingSendsLoader } from '../processes/process-pending-sends.ts';
import type { ClientActivityRow } from '../clients/client-activity.entity.ts';
import type { DealRow } from '../deals/deal.entity.ts';
import type { FunnelRow, FunnelStageRow } from '../deals/funnel.entity.ts';
import type { LabelRow } from '../labels/label.entity.ts';
import type { VariableDefinitionRow, VariableScope } from '../variables/variable-definition.entity.ts';
import type { TaskRow } from '../tasks/task.entity.ts';
import type { TeamRow } from '../teams/team.entity.ts';
import type { ProjectRow } from '../projects/project.entity.ts';

// Per-request batching: a list of N rows resolves each relation with one query, not N.
export function createLoaders(em: EntityManager) {
  return {
    channel: byId<ChannelRow>(em, 'channel'),
    client: byId<ClientRow>(em, 'client'),
    // Never the visitor's token hash.
    clientChannel: byId<ClientChannelRow>(em, 'client_channel', 'id, project_id, client_id, channel_id, platform_id, unreachable_at, created_at'),
    conversation: byId<ConversationRow>(em, 'conversation'),
    project: byId<ProjectRow>(em, 'project'),
    conversationEvent: byId<ConversationEventRow>(em, 'conversation_event'),
    comment: byId<CommentRow>(em, 'comment'),
    quickReplyFolder: byId<QuickReplyFolderRow>(em, 'quick_reply_folder'),
    quickReply: byId<QuickReplyRow>(em, 'quick_reply'),
    quickReplyCountByFolder: new DataLoader<string, number>(async (folderIds) => {
      // Through the folder's project: quick_reply is indexed by project, not by folder.
      const rows = await select<{ folderId: string; n: number }>(
        em,
        'select f.id as folder_id, count(*)::int as n from quick_reply_folder f join quick_reply r on r.project_id = f.project_id and r.folder_id = f.id where f.id in (?) group by f.id',
        [folderIds],
      );
      return folderIds.map((id) => rows.find((row) => row.folderId === id)?.n ?? 0);
    }),
    notification: byId<NotificationRow>(em, 'notification'),
    savedFilter: byId<SavedFilterRow>(em, 'saved_filter'),
    // API tokens only: never a session, never the hash.
    apiToken: byId<ApiTokenRow>(em, `(select id, project_id, name, created_at from auth_token where kind = 'API') as api_token`, '*'),
    // Webhook endpoints without their sealed secret.
    webhookEndpoint: byId<WebhookEndpointRow>(em, `(select ${endpointColumns} from webhook_endpoint) as webhook_endpoint`, '*'),
    webhookDelivery: byId<WebhookDeliveryRow>(em, 'webhook_delivery'),
    message: byId<MessageRow>(em, 'message', messageColumns()),
    operator: byId<OperatorRow>(em, 'operator', operatorColumns),
    scheduledCountByConversation: new DataLoader<string, number>(async (conversationIds) => {
      const rows = await select<{ conversationId: string; n: number }>(
        em,
        `select conversation_id, count(*)::int as n from message where conversation_id in (?) and status = 'SCHEDULED' group by conversation_id`,
        [conversationIds],
      );
      return conversationIds.map((id) => rows.find((row) => row.conversationId === id)?.n ?? 0);
    }),
    clientChannelsByClient: new DataLoader<string, ClientChannelRow[]>(async (clientIds) => {
      const rows = await select<ClientChannelRow>(em, byClient.clientChannels('?'), [clientIds]);
      return clientIds.map((id) => rows.filter((row) => row.clientId === id));
    }),
    file: byId<StoredFileRow>(em, 'file', fileColumns()),
    filesByMessage: new DataLoader<string, StoredFileRow[]>(async (messageIds) => {
      const rows = await select<StoredFileRow>(em, `select ${fileColumns()} from file where message_id in (?) order by created_at, id`, [messageIds]);
      return messageIds.map((id) => rows.filter((row) => row.messageId === id));
    }),
    label: byId<LabelRow>(em, 'label'),
    variableDefinition: byId<VariableDefinitionRow>(em, 'variable_definition'),
    labelsByClient: byKey<LabelRow & { clientId: string }>(em, byClient.labels('?'), (row) => row.clientId),
    labelClientCount: new DataLoader<string, number>(async (labelIds) => {
      const rows = await select<{ labelId: string; n: number }>(em, 'select label_id, count(*)::int as n from client_label where label_id in (?) group by label_id', [labelIds]);
      return labelIds.map((id) => rows.find((row) => row.labelId === id)?.n ?? 0);
    }),
    // Keyed "<projectId>:<scope>".
    variableDefinitions: new DataLoader<string, VariableDefinitionRow[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, VariableScope]);
      const rows = await select<VariableDefinitionRow>(em, variableDefinitionsSql('?'), [pairs.map(([project]) => project)]);
      return pairs.map(([project, scope]) => definitionsOf(rows, project, scope));
    }),
    funnel: byId<FunnelRow>(em, 'funnel'),
    funnelStage: byId<FunnelStageRow>(em, 'funnel_stage'),
    stagesByFunnel: byKey<FunnelStageRow>(em, 'select * from funnel_stage where funnel_id in (?) order by position, created_at', (row) => row.funnelId),
    dealCountByStage: new DataLoader<string, number>(async (stageIds) => {
      const rows = await select<{ stageId: string; n: number }>(em, 'select stage_id, count(*)::int as n from deal where stage_id in (?) group by stage_id', [stageIds]);
      return stageIds.map((id) => rows.find((row) => row.stageId === id)?.n ?? 0);
    }),
    deal: byId<DealRow>(em, 'deal'),
    dealsByClient: byKey<DealRow>(em, byClient.deals('?'), (row) => row.clientId),
    clientActivity: byId<ClientActivityRow>(em, 'client_activity'),
    duplicatesByClient: new DataLoader<string, ClientRow[]>((clientIds) => findDuplicates(em, clientIds)),
    conversationsByClient: byKey<ConversationRow>(em, 'select * from conversation where client_id in (?) order by last_activity_at desc, id desc', (row) => row.clientId),
    clientJob: byId<ClientJobRow>(em, 'client_job'),
    // Keyset pages a statement of the request already read (client-card.ts), by pageKey: see primedRead.
    pages: new Map<string, readonly unknown[]>(),
    broadcast: byId<BroadcastRow>(em, 'broadcast'),
    process: byId<ProcessRow>(em, 'process'),
    processVersion: byId<ProcessVersionRow>(em, 'process_version'),
    processRun: byId<ProcessRunRow>(em, 'process_run'),
    pendingProcessSends: pendingSendsLoader(em),
    activeRunsByProcess: new DataLoader<string, number>(async (processIds) => {
      const rows = await select<{ processId: string; n: number }>(
        em,
        "select process_id, count(*)::int as n from process_run where process_id in (?) and status in ('AUTO', 'MANUAL') group by process_id",
        [processIds],
      );
      return processIds.map((id) => rows.find((row) => row.processId === id)?.n ?? 0);
    }),
    // By the project's time zone (where "today" begins): one loader per request and zone.
    blockCounters: memoByKey((timeZone: string) => blockCountersLoader(em, timeZone)),
    task: byId<TaskRow>(em, 'task'),
    team: byId<TeamRow>(em, 'team'),
    openTaskCount: new DataLoader<string, number>(async (clientIds) => {
      const rows = await select<{ clientId: string; count: number }>(
        em,
        'select client_id, count(*)::int as count from task where client_id in (?) and completed_at is null group by client_id',
        [clientIds],
      );
      const counts = new Map(rows.map((row) => [row.clientId, row.count]));
      return clientIds.map((id) => counts.get(id) ?? 0);
    }),
    // Open tasks by due time (undated last), then completed ones, latest first; at most 100 of each per client.
    tasksByClient: new DataLoader<string, TaskRow[]>(async (clientIds) => {
      const rows = await select<TaskRow>(em, byClient.tasks('?'), [clientIds]);
      return clientIds.map((id) => rows.filter((row) => row.clientId === id));
    }),
    teamsByOperator: new DataLoader<string, (TeamRow & { operatorId: string })[]>(async (operatorIds) => {
      const rows = await select<TeamRow & { operatorId: string }>(
        em,
        'select t.*, m.operator_id from team t join team_member m on m.team_id = t.id where m.operator_id in (?) order by fold_case(t.name)',
        [operatorIds],
      );
      return operatorIds.map((id) => rows.filter((row) => row.operatorId === id));
    }),
    membersByTeam: new DataLoader<string, (OperatorRow & { teamId: string })[]>(async (teamIds) => {
      const columns = operatorColumns.replace(/(\w+)/g, 'o.$1');
      const rows = await select<OperatorRow & { teamId: string }>(
        em,
        `select ${columns}, m.team_id from operator o join team_member m on m.operator_id = o.id where m.team_id in (?) order by o.name, o.id`,
        [teamIds],
      );
      return teamIds.map((id) => rows.filter((row) => row.teamId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The statements of the loaders by client, of the clients named by `clients` (`?` for a batch's list, or a
 * subquery): client-card.ts reads a card's rows with these very statements, inside its one statement.
 */
export const byClient = {
  // Never the visitor's token hash.
  clientChannels: (clients: string) =>
    `select id, project_id, client_id, channel_id, platform_id, unreachable_at, created_at from client_channel where client_id in (${clients}) order by created_at`,
  labels: (clients: string) => `select l.*, x.client_id from client_label x join label l on l.id = x.label_id where x.client_id in (${clients}) order by fold_case(l.name)`,
  deals: (clients: string) => `select * from deal where client_id in (${clients}) order by created_at desc, id desc`,
  // Open tasks by due time (undated last), then completed ones, latest first; at most 100 of each per client.
  tasks: (clients: string) => `select * from (select t.*, row_number() over (partition by t.client_id, t.completed_at is null order by ${taskOrder('t.')}) as rank
                          from task t where t.client_id in (${clients})) t
          where rank <= 100 order by completed_at is not null, ${taskOrder('')}`,
};

/** Every variable definition of the projects named by `projects` (`?` or a subquery); see definitionsOf. */
export const variableDefinitionsSql = (projects: string) => `select * from variable_definition where project_id in (${projects}) order by created_at, key`;
/** The `variableDefinitions` loader's value for "<project>:<scope>". */
export const definitionsOf = (rows: readonly VariableDefinitionRow[], project: string, scope: VariableScope) =>
  rows.filter((row) => row.projectId === project && row.scope === scope);

/** The key under which a connection's page is primed: the connection, its parent and every argument of the field. */
export const pageKey = (connection: string, parentId: string, args: object) => `${connection}:${parentId}:${JSON.stringify(args)}`;

/** Reads a keyset page (keysetConnection's `read`): the rows a statement of the request primed under `key`, or its own statement. */
export const primedRead =
  <T>(em: EntityManager, loaders: Loaders, key: string) =>
  (sql: string, params: unknown[]): Promise<T[]> => {
    const rows = loaders.pages.get(key);
    return rows ? Promise.resolve(rows as T[]) : select<T>(em, sql, params);
  };

// Open tasks by due time (undated last), completed ones latest first.
const taskOrder = (t: string) => `case when ${t}completed_at is null then ${t}due_at end nulls last, ${t}completed_at desc, ${t}created_at, ${t}id`;

function byId<T extends { id: string }>(em: EntityManager, table: string, columns = '*') {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await select<T>(em, `select ${columns} from ${table} where id in (?)`, [ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows grouped by a key (one query for every key asked in a tick), in the query's order. */
function byKey<T>(em: EntityManager, sql: string, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await select<T>(em, sql, [keys]);
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

// What a statement already brought for its request (conversation-page.ts), by loader: answered as a value, not a
// promise, so that graphql-js completes those fields at once instead of awaiting each object of a page.
const known = new WeakMap<DataLoader<string, unknown>, Map<string, unknown>>();

/** Primes the loader, and answers the value at once from `loadNow`. */
export function primeNow<V>(loader: DataLoader<string, V>, key: string, value: V) {
  loader.prime(key, value);
  let values = known.get(loader as DataLoader<string, unknown>);
  if (!values) known.set(loader as DataLoader<string, unknown>, (values = new Map()));
  if (!values.has(key)) values.set(key, value);
}

/** The loader's value: at once when primed with `primeNow`, otherwise loaded (batched). */
export function loadNow<V>(loader: DataLoader<string, V>, key: string): V | Promise<V> {
  const values = known.get(loader as DataLoader<string, unknown>);
  return values?.has(key) ? (values.get(key) as V) : loader.load(key);
}

/** `then` on a value that may be known already (loadNow): a promise only if it was one. */
export const thenNow = <V, R>(value: V | Promise<V>, map: (value: V) => R): R | Promise<R> => (value instanceof Promise ? value.then(map) : map(value));

/** Loads the row behind a nullable foreign key. */
export const loadNullable = <T>(loader: DataLoader<string, T | null>, id: string | null | undefined) => (id ? loadNow(loader, id) : null);

function memoByKey<V>(make: (key: string) => V) {
  const made = new Map<string, V>();
  return (key: string) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
