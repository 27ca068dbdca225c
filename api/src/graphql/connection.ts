import type { EntityManager } from '@mikro-orm/postgresql';
import { select } from '../db/rows.ts';
import { badInput } from './errors.ts';
import { isUuid } from './global-id.ts';

export const maxPageSize = 100;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) throw badInput(`first must be between 1 and ${maxPageSize}.`);
  return size;
}

// A keyset cursor: the sort timestamp and the row id that breaks ties.
export type Cursor = { at: Date; id: string };

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.getTime()}:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (cursor == null) return null;
  const [ms, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const at = new Date(Number(ms));
  if (!id || !isUuid(id) || Number.isNaN(at.getTime())) throw badInput('after is not a cursor from this connection.');
  return { at, id };
}


export type Page = { first?: number | null; after?: string | null };

type Keyset<T> = {
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

/**
 * A Relay connection over `select <columns> from <from> where <where>`, by `<column>` then id, keyset-paged so that
 * page 100 costs what page 1 costs (the table needs an index on the where columns, `<column>`, id).
 */
export async function keysetConnection<T extends { id: string }>(em: EntityManager, query: Keyset<T>, page: Page) {
  const size = pageSize(page.first);
  const cursor = decodeCursor(page.after);
  const order = query.order ?? 'desc';
  const rows = await select<T>(
    em,
    `select ${query.columns ?? '*'} from ${query.from} where ${query.where} ${cursor ? `and (${query.column}, id) ${order === 'desc' ? '<' : '>'} (?, ?)` : ''}
      order by ${query.column} ${order}, id ${order} limit ?`,
    [...query.params, ...(cursor ? [cursor.at, cursor.id] : []), size + 1],
  );
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(query.at(node), node.id) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
