import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

// Hot read paths skip the ORM's query builder and hydration (about 40 µs an entity on these machines): plain SQL
// whose rows have the entities' own shape (camelCase keys, timestamps as Date), typed as `Row<Entity>`.
// Entities stay the way to write; a row and an entity are interchangeable wherever a Row type is expected.
export type Row<T> = {
  [K in keyof T as K extends symbol ? never : T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

export async function select<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const records = await em.execute<Record<string, unknown>[]>(sql, params);
  return records.map(toRow) as T[];
}

/**
 * `select` as a prepared statement (named by its text, so each connection plans it once), for the hottest reads:
 * MikroORM sends every statement with its values written in, which PostgreSQL parses and plans each time. Logged
 * and counted like any other statement. Inside a transaction, or with a list value (MikroORM spreads those into
 * `in (?)`), plain `select`.
 */
export async function selectPrepared<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  if (em.isInTransaction() || params.some((param) => Array.isArray(param))) return select<T>(em, sql, params);
  const connection = em.getConnection();
  const pool = await connection.getNativeClient();
  let n = 0;
  const text = em.config.get('onQuery')(sql, params).replace(/\?/g, () => `$${++n}`);
  const name = `p_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
  // Through MikroORM's own logging and timing of statements (protected in its types, public in its code).
  const logged = connection as unknown as { executeQuery<R>(query: string, run: () => Promise<R>, context: object): Promise<R> };
  const result = await logged.executeQuery(text, () => pool.query({ name, text, values: params }), { query: text, params });
  return result.rows.map(toRow) as T[];
}

export async function selectOne<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T | null> {
  return (await select<T>(em, sql, params))[0] ?? null;
}


// Column names repeat on every row: convert each once.
const names = new Map<string, { name: string; date: boolean }>();
function column(key: string) {
  let found = names.get(key);
  if (!found) {
    // Timestamp columns are named `…_at` or `…_until`.
    found = { name: key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), date: /_(at|until)$/.test(key) };
    names.set(key, found);
  }
  return found;
}

export function toRow(record: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const key in record) {
    const { name, date } = column(key);
    const value = record[key];
    row[name] = date && typeof value === 'string' ? timestampOf(value) : value;
  }
  return row;
}

/**
 * PostgreSQL's text of a timestamptz ("2026-12-01 09:30:00+00", or ISO inside JSON) as a Date. JavaScript reads
 * the space-separated form leniently, which is right for years from 1000 on but takes 0001 for 2001: those few
 * are written as ISO first (the rest skip the rewrite, which would cost a list of rows a millisecond).
 */
export const timestampOf = (text: string) => new Date(text.startsWith('0') ? text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00') : text);

/** Whether a database error (or one it wraps) has this SQLSTATE. */
function hasCode(error: unknown, code: string) {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === code) return true;
  return false;
}

/** Whether a database error (or one it wraps) broke a unique constraint. */
export const isUniqueViolation = (error: unknown) => hasCode(error, '23505');

/** Whether a database error (or one it wraps) broke a foreign key: a row still refers to what was deleted. */
export const isForeignKeyViolation = (error: unknown) => hasCode(error, '23503');

/** A PostgreSQL array literal for a `?::text[]` (or `::uuid[]`) parameter: the driver would spread a JS array into a list. */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`)).join(',')}}`;
}

/**
 * SQL for the rows of `from` (a table, CTE or parenthesised subquery) as one JSON array, in the order `from` gives
 * them (a sorted subquery or a materialized CTE's scan keeps its order); `jsonRows` reads them back as rows.
 */
export const jsonArray = (from: string) => `(select coalesce(jsonb_agg(to_jsonb(x)), '[]') from ${from} x)`;
export const jsonRows = <T>(value: unknown) => (value as Record<string, unknown>[]).map(toRow) as T[];
