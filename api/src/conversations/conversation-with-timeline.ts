// `conversation(id:)` with its timeline's first page in one statement: the conversation of the viewer's project,
// the page its `timeline` field will ask for (the same keyset statement, below that conversation) and the operators
// its items name, handed to the request's loaders; the timeline resolver then runs no SQL. Other arguments, or
// none selected: the resolvers read as before.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../context.ts';
import { jsonArray, jsonRows, selectPrepared, toRow } from '../db/rows.ts';
import { keysetSql, type Page } from '../graphql/connection.ts';
import { idOf } from '../graphql/global-id.ts';
import { pageKey, primeNow, type Loaders } from '../graphql/loaders.ts';
import { selectedArguments } from '../graphql/selection.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { ConversationRow } from './conversation.entity.ts';
import { conversationInProject, findConversation } from './conversation.service.ts';
import { timelineKeyset } from './timeline.service.ts';

/** The conversation `globalId` of the viewer's project, its selected timeline pages primed; null when there is none. */
export async function readConversation(em: EntityManager, loaders: Loaders, viewer: Viewer, globalId: string, info: GraphQLResolveInfo) {
  const id = idOf('Conversation', globalId);
  if (!id) return null;
  const query = timelineKeyset('(select id from found)', '(select client_id from found)', []);
  const pages = [...new Set(selectedArguments(info, 'timeline').map((args) => JSON.stringify(args)))].flatMap((text) => {
    const args = JSON.parse(text) as Page;
    try {
      return [{ key: pageKey('timeline', id, args), ...keysetSql(query, args) }];
    } catch {
      return []; // Arguments its resolver refuses.
    }
  });
  if (!pages.length) return findConversation(em, viewer, globalId);

  // The items' rows are JSON (timeline.service.ts): their operators by the columns each kind has.
  const operatorIds = pages.map((_, n) => `select (x.row->>k)::uuid from p${n} x cross join unnest(array['author_id', 'actor_id', 'assignee_id']) k`);
  const sql = `with found as materialized (${conversationInProject}),
  ${pages.map((page, n) => `p${n} as materialized (${page.sql})`).join(',\n  ')}
select (select to_jsonb(found) from found) as conversation,
  ${pages.map((_, n) => `${jsonArray(`p${n}`)} as p${n}`).join(',\n  ')},
  ${jsonArray(`(select ${operatorColumns} from operator where id in (${operatorIds.join(' union ')}))`)} as operators`;
  const [record] = await selectPrepared<Record<string, unknown>>(em, sql, [id, viewer.project.id, ...pages.flatMap((page) => page.params)]);
  if (!record?.conversation) return null;

  const conversation = toRow(record.conversation as Record<string, unknown>) as ConversationRow;
  primeNow(loaders.conversation, conversation.id, conversation);
  pages.forEach((page, n) => loaders.pages.set(page.key, jsonRows(record[`p${n}`])));
  for (const operator of jsonRows<OperatorRow>(record.operators)) primeNow(loaders.operator, operator.id, operator);
  return conversation;
}
