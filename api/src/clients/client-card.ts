// The client card in one statement. When `client(id:)` is resolved, the client and every list its selected fields
// show (tags and lists, channels, variable definitions, deals with their funnels and stages, tasks, duplicates, the
// first pages of notes and history, and the operators these name) are read with the loaders' own statements
// (byClient, duplicatesSql, the keyset pages), each below the client of the viewer's project, and handed to the
// request's loaders, so that the field resolvers find everything there and run no SQL. Their rules after the load
// (tags against lists, open tasks, sales, the viewer's `viewerCan…`) stay in the resolvers.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { Viewer } from '../context.ts';
import { jsonArray, jsonRows, selectPrepared, toRow } from '../db/rows.ts';
import type { DealRow } from '../deals/deal.entity.ts';
import type { FunnelRow, FunnelStageRow } from '../deals/funnel.entity.ts';
import { keysetSql, type Keyset, type Page } from '../graphql/connection.ts';
import { idOf } from '../graphql/global-id.ts';
import { byClient, definitionsOf, pageKey, primeNow, variableDefinitionsSql, type Loaders } from '../graphql/loaders.ts';
import { selectedArguments, selectedPaths } from '../graphql/selection.ts';
import type { LabelRow } from '../labels/label.entity.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { TaskRow } from '../tasks/task.entity.ts';
import type { VariableDefinitionRow } from '../variables/variable-definition.entity.ts';
import { activityKeyset, notesKeyset } from './client-activity.service.ts';
import type { ClientChannelRow } from './client-channel.entity.ts';
import { duplicatesOf, duplicatesSql } from './client-merge.service.ts';
import { clientInProject, findClient } from './client-profile.service.ts';
import type { ClientRow } from './client.entity.ts';

// Every part reads below `card`: the client of the viewer's project, or nothing.
const card = 'select id from card';

/** The keyset pages the operation selects, with the arguments their resolvers will get; `operators` names their rows' operator columns. */
function pagesOf(info: GraphQLResolveInfo, clientId: string) {
  const pages: { key: string; query: Keyset<never>; args: Page; operators: string[] }[] = [];
  for (const args of selectedArguments(info, 'notes')) {
    pages.push({ key: pageKey('notes', clientId, args), query: notesKeyset(`(${card})`, []), args, operators: ['author_id', 'unnest(mention_ids)'] });
  }
  // A history filtered by type takes a list parameter: read by its resolver.
  for (const args of selectedArguments(info, 'activity')) {
    if (!(args.types as unknown[] | null | undefined)?.length) {
      pages.push({ key: pageKey('activity', clientId, args), query: activityKeyset(`(${card})`, []), args, operators: ['actor_id'] });
    }
  }
  // The same page under two aliases is read once.
  return pages.flatMap((page, n) => {
    if (pages.findIndex((other) => other.key === page.key) < n) return [];
    try {
      return [{ ...page, ...keysetSql(page.query, page.args) }];
    } catch {
      return []; // Arguments its resolver refuses.
    }
  });
}

/** The client `globalId` of the viewer's project, with what the selected fields of the card need primed; null when there is none. */
export async function readCard(em: EntityManager, loaders: Loaders, viewer: Viewer, globalId: string, info: GraphQLResolveInfo): Promise<ClientRow | null> {
  const id = idOf('Client', globalId);
  if (!id) return null;
  const paths = selectedPaths(info);
  const wants = {
    labels: paths.has('tags') || paths.has('lists'),
    channels: paths.has('channels') || paths.has('sourceChannel') || paths.has('variables'),
    definitions: paths.has('variables') || paths.has('deals.edges.node.variables'),
    deals: paths.has('deals') || paths.has('stages') || paths.has('sales'),
    tasks: paths.has('tasks'),
    duplicates: paths.has('duplicates'),
    owner: paths.has('owner'),
  };
  const pages = pagesOf(info, id);
  if (!Object.values(wants).some(Boolean) && !pages.length) return findClient(em, viewer, globalId);

  // Lists that others refer to are CTEs (materialized: read once, in their order); the rest are read where shown.
  const ctes = [`card as materialized (${clientInProject})`];
  const params: unknown[] = [id, viewer.project.id];
  if (wants.channels) ctes.push(`client_channels as materialized (${byClient.clientChannels(card)})`);
  if (wants.deals) ctes.push(`deals as materialized (${byClient.deals(card)})`);
  if (wants.tasks) ctes.push(`tasks as materialized (${byClient.tasks(card)})`);
  pages.forEach((page, n) => {
    ctes.push(`p${n} as materialized (${page.sql})`);
    params.push(...page.params);
  });
  const operatorIds = [
    ...(wants.owner ? ['select owner_id::uuid from card'] : []),
    ...(wants.deals ? ['select responsible_id::uuid from deals'] : []),
    ...(wants.tasks ? ['select assignee_id::uuid from tasks', 'select created_by_id::uuid from tasks'] : []),
    // Some columns are text, others uuid: the same type for the union.
    ...pages.flatMap((page, n) => page.operators.map((column) => `select (${column})::uuid from p${n}`)),
  ];
  const columns = [
    '(select to_jsonb(card) from card) as client',
    wants.labels && `${jsonArray(`(${byClient.labels(card)})`)} as labels`,
    wants.channels && `${jsonArray('client_channels')} as client_channels`,
    wants.channels && `${jsonArray('(select * from channel where id in (select channel_id from client_channels))')} as channels`,
    wants.definitions && `${jsonArray(`(${variableDefinitionsSql('select project_id from card')})`)} as definitions`,
    // The budget as the driver reads a numeric: its text ("300.50"), not a JSON number (300.5).
    wants.deals && `(select coalesce(jsonb_agg(to_jsonb(d) || jsonb_build_object('budget', d.budget::text)), '[]') from deals d) as deals`,
    wants.deals && `${jsonArray('(select * from funnel where id in (select funnel_id from deals))')} as funnels`,
    wants.deals && `${jsonArray('(select * from funnel_stage where id in (select stage_id from deals))')} as stages`,
    wants.tasks && `${jsonArray('tasks')} as tasks`,
    wants.duplicates && `${jsonArray(`(${duplicatesSql(card)})`)} as duplicates`,
    ...pages.map((_, n) => `${jsonArray(`p${n}`)} as p${n}`),
    operatorIds.length && `${jsonArray(`(select ${operatorColumns} from operator where id in (${operatorIds.join(' union ')}))`)} as operators`,
  ].filter(Boolean);
  const [record] = await selectPrepared<Record<string, unknown>>(em, `with ${ctes.join(',\n  ')}\nselect ${columns.join(',\n  ')}`, params);
  if (!record?.client) return null;

  const client = toRow(record.client as Record<string, unknown>) as ClientRow;
  primeNow(loaders.client, client.id, client);
  if (wants.labels) primeNow(loaders.labelsByClient, id, jsonRows<LabelRow & { clientId: string }>(record.labels));
  if (wants.channels) {
    primeNow(loaders.clientChannelsByClient, id, jsonRows<ClientChannelRow>(record.clientChannels));
    for (const channel of jsonRows<ChannelRow>(record.channels)) primeNow(loaders.channel, channel.id, channel);
  }
  if (wants.definitions) {
    const definitions = jsonRows<VariableDefinitionRow>(record.definitions);
    for (const scope of ['CLIENT', 'DEAL'] as const) primeNow(loaders.variableDefinitions, `${client.projectId}:${scope}`, definitionsOf(definitions, client.projectId, scope));
  }
  if (wants.deals) {
    const deals = jsonRows<DealRow>(record.deals);
    primeNow(loaders.dealsByClient, id, deals);
    for (const deal of deals) primeNow(loaders.deal, deal.id, deal);
    for (const funnel of jsonRows<FunnelRow>(record.funnels)) primeNow(loaders.funnel, funnel.id, funnel);
    for (const stage of jsonRows<FunnelStageRow>(record.stages)) primeNow(loaders.funnelStage, stage.id, stage);
  }
  if (wants.tasks) primeNow(loaders.tasksByClient, id, jsonRows<TaskRow>(record.tasks));
  if (wants.duplicates) primeNow(loaders.duplicatesByClient, id, duplicatesOf(jsonRows(record.duplicates), id));
  pages.forEach((page, n) => loaders.pages.set(page.key, jsonRows(record[`p${n}`])));
  if (operatorIds.length) for (const operator of jsonRows<OperatorRow>(record.operators)) primeNow(loaders.operator, operator.id, operator);
  return client;
}
