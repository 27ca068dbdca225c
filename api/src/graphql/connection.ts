import type { EntityManager } from '@mikro-orm/postgresql';
import { select, selectOne } from '../db/rows.ts';
import { badInput } from './errors.ts';
import { isUuid } from './global-id.ts';

export const maxPageSize = 100;

/** Relay paging: `first`/`after` forwards, `last`/`before` backwards. */
export type Page = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

export function pageSize(first: number | null | undefined, fallback = 50, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) throw badInput(`${argument} must be between 1 and ${maxPageSize}.`);
  return size;
}

export type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };

/** What every connection answers; `totalCount` runs its count only when a caller asks for it. */
export type Connection<T> = { edges: { node: T; cursor: string }[]; pageInfo: PageInfo; totalCount: () => Promise<number> };
export type AnyConnection = Connection<unknown>;

// Cursors name their connection, so one from `messages` given to `conversations` is refused, not misread.
export function encodeCursor(connection: string, position: string): string {
  return Buffer.from(`${connection}:${position}`).toString('base64url');
}

export function decodeCursor(connection: string, cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${connection}:`)) throw badInput(`${argument} is not a cursor of this connection (${connection}).`);
  return text.slice(connection.length + 1);
}

// A keyset position: the sort timestamp and the row id that breaks ties.
const keysetCursor = (connection: string, at: Date, id: string) => encodeCursor(connection, `${at.getTime()}:${id}`);

const keyOf = (position: string | null, argument: string) => {
  if (position === null) return null;
  const [ms, id, ...rest] = position.split(':');
  const at = new Date(Number(ms));
  if (!id || rest.length || !isUuid(id) || Number.isNaN(at.getTime())) throw badInput(`${argument} is not a cursor of this connection.`);
  return { at, id };
};

/**
 * The direction and size of a page, and its cursor position: `first`/`after`, or `last`/`before` (then `first`,
 * which the schema defaults, is ignored); a cursor of each direction at once is refused.
 */
export function pageOf(connection: string, page: Page, fallback = 50) {
  const backward = page.last != null || page.before != null;
  if (backward && page.after != null) throw badInput('Page forwards (first, after) or backwards (last, before), not both.');
  return backward
    ? { backward, size: pageSize(page.last, fallback, 'last'), position: decodeCursor(connection, page.before, 'before') }
    : { backward, size: pageSize(page.first, fallback), position: decodeCursor(connection, page.after) };
}

/** Relay's pageInfo of one page fetched with one row more than `size` (its presence says another page follows). */
export function pageInfoOf(edges: { cursor: string }[], more: boolean, backward: boolean, fromCursor: boolean): PageInfo {
  return {
    hasNextPage: backward ? fromCursor : more,
    hasPreviousPage: backward ? more : fromCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

export type Keyset<T> = {
  /** Names the connection in its cursors. */
  name: string;
  /** A table, or a parenthesised subquery with an alias. */
  from: string;
  /** The columns to read; all by default. */
  columns?: string;
  where: string;
  params: unknown[];
  /** The timestamp column to sort by; `id` breaks ties. */
  column: string;
  at: (row: T) => Date;
  order?: 'desc' | 'asc';
};

/** Runs a page's statement; by default `select`, or one that reads more along with it (conversation-page.ts). */
export type PageReader<T> = (sql: string, params: unknown[]) => Promise<T[]>;

/** The statement of one keyset page (see keysetConnection); one row more than `size` says another page follows. */
export function keysetSql<T>(query: Keyset<T>, page: Page) {
  const { backward, size, position } = pageOf(query.name, page);
  const key = keyOf(position, backward ? 'before' : 'after');
  const ascending = (query.order ?? 'desc') === 'asc';
  // Backwards, the page is read in the reverse order from the cursor, then turned around.
  const reading = ascending !== backward ? 'asc' : 'desc';
  const sql = `select ${query.columns ?? '*'} from ${query.from} where ${query.where} ${key ? `and (${query.column}, id) ${reading === 'desc' ? '<' : '>'} (?, ?)` : ''}
      order by ${query.column} ${reading}, id ${reading} limit ?`;
  return { sql, params: [...query.params, ...(key ? [key.at, key.id] : []), size + 1], size, backward, fromCursor: key !== null };
}

/**
 * A Relay connection over `select <columns> from <from> where <where>`, by `<column>` then id, keyset-paged both
 * ways so that page 100 costs what page 1 costs (the table needs an index on the where columns, `<column>`, id).
 */
export async function keysetConnection<T extends { id: string }>(
  em: EntityManager,
  query: Keyset<T>,
  page: Page,
  read: PageReader<T> = (sql, params) => select<T>(em, sql, params),
): Promise<Connection<T>> {
  const { sql, params, size, backward, fromCursor } = keysetSql(query, page);
  const rows = await read(sql, params);
  const found = rows.slice(0, size);
  if (backward) found.reverse();
  const edges = found.map((node) => ({ node, cursor: keysetCursor(query.name, query.at(node), node.id) }));
  return {
    edges,
    pageInfo: pageInfoOf(edges, rows.length > size, backward, fromCursor),
    totalCount: async () => (await selectOne<{ n: number }>(em, `select count(*)::int as n from ${query.from} where ${query.where}`, query.params))!.n,
  };
}

/**
 * A connection over rows a batched loader already brought (a client's deals or conversations, loaded for every
 * client of a request in one statement), newest first by `at` then id: the same cursors and paging as
 * keysetConnection, without a statement per parent.
 */
export function listConnection<T extends { id: string }>(name: string, rows: readonly T[], at: (row: T) => Date, page: Page): Connection<T> {
  const { backward, size, position } = pageOf(name, page);
  const key = keyOf(position, backward ? 'before' : 'after');
  // Where a row stands against the cursor in the list's (descending) order: below 0 before it, above 0 after it.
  const against = (row: T) => (key ? -(at(row).getTime() - key.at.getTime() || (row.id < key.id ? -1 : row.id > key.id ? 1 : 0)) : 0);
  const after = key ? rows.filter((row) => (backward ? against(row) < 0 : against(row) > 0)) : [...rows];
  const found = backward ? after.slice(-size) : after.slice(0, size);
  const edges = found.map((node) => ({ node, cursor: keysetCursor(name, at(node), node.id) }));
  return { edges, pageInfo: pageInfoOf(edges, after.length > size, backward, key !== null), totalCount: async () => rows.length };
}
