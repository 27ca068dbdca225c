// Search at scale beside its floor: each search through GraphQL (token check, the ranked search statement, the
// highlights, the clients' names) taking turns with the search statement alone, sent bare over node-postgres from
// this process to the same database: what the product adds to the one statement it cannot do without.
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { searchConversations } from '../src/conversations/conversation-search.service.ts';
import type { Viewer } from '../src/context.ts';
import { gql } from './harness.ts';
import { summarize } from './stats.ts';

const found = `query($f: ConversationFilter) { conversations(first: 20, filter: $f) {
  edges { node { id client { name } searchHit { message { id } highlight { text match } } } } } }`;

export const searchWords = ['Ivanova', 'Петров', 'кроссовки', 'umbrella', 'достав', '1000123', 'order arrived'];

/** The ranked search statement the product sends for `words` (section All), with its parameters numbered for pg. */
async function searchStatement(viewer: Viewer, words: string) {
  const sent: { sql: string; params: unknown[] }[] = [];
  // An EntityManager that only records: with no rows the search sends nothing else.
  const recorder = { execute: async (sql: string, params: unknown[]) => (sent.push({ sql, params }), []) } as unknown as EntityManager;
  await searchConversations(recorder, viewer, { search: words }, { where: 'c.project_id = ? and c.archived_at is null', params: [viewer.project.id] }, { first: 20 });
  const [{ sql, params }] = sent as [(typeof sent)[number]];
  let n = 0;
  return { sql: sql.replace(/\?/g, () => `$${++n}`), params };
}

export type SearchFigures = Map<string, { product: ReturnType<typeof summarize>; floor: ReturnType<typeof summarize>; found: number }>;

/** `samples` of each search through the API and bare, taking turns, after 10 of each to warm up. */
export async function searchBench(base: string, databaseUrl: string, authorization: string, samples: number): Promise<SearchFigures> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ projectId: string; operatorId: string }>(
      `select project_id as "projectId", id as "operatorId" from operator where email = 'anna@demo.test'`,
    );
    const viewer = { project: { id: rows[0]!.projectId }, operator: { id: rows[0]!.operatorId } } as Viewer;
    const figures: SearchFigures = new Map();
    for (const words of searchWords) {
      const statement = await searchStatement(viewer, words);
      const times = { product: [] as number[], floor: [] as number[] };
      const product = () => gql(base, found, { f: { search: words } }, authorization);
      const floor = () => db.query(statement.sql, statement.params);
      const { conversations } = await product();
      for (let i = 0; i < 10 + samples; i++) {
        for (const [side, run] of [['product', product], ['floor', floor]] as const) {
          const started = performance.now();
          await run();
          if (i >= 10) times[side].push(performance.now() - started);
        }
      }
      figures.set(words, { product: summarize(times.product), floor: summarize(times.floor), found: conversations.edges.length });
    }
    return figures;
  } finally {
    await db.end();
  }
}

export function printSearchFigures(figures: SearchFigures) {
  for (const [words, { product, floor, found: count }] of figures) {
    console.log(
      `search ${JSON.stringify(words).padEnd(16)} ${count} found; p50 / p95 ms: API ${product.p50} / ${product.p95}, bare statement ${floor.p50} / ${floor.p95} → ${(product.p50 / floor.p50).toFixed(2)}× at p50`,
    );
  }
}
