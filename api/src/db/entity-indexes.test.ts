import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { migrate, openOrm, type MikroORM } from './orm.ts';
import { selectOne } from './rows.ts';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOrm(db.url);
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('the migrations', () => {
  // `migration:create` compares an index given by its SQL by name only: a changed expression would go unnoticed.
  it('build every index that an entity declares by its SQL, as the entity writes it', async () => {
    const declared = [...orm.getMetadata().getAll().values()].flatMap((meta) => [...meta.indexes, ...meta.uniques]);
    const expressions = declared.flatMap((index) => (typeof index.expression === 'string' && index.name ? [{ name: index.name, sql: index.expression }] : []));
    expect(expressions.map((index) => index.name)).toContain('client_search_idx');
    const em = orm.em.fork();
    const definition = async (name: string) =>
      (await selectOne<{ sql: string }>(em, 'select pg_get_indexdef(c.oid) as sql from pg_class c where c.relname = ?', [name]))?.sql.replace(name, '<name>');
    for (const index of expressions) {
      const copy = `${index.name}_entity`;
      await em.execute(index.sql.replace(`"${index.name}"`, `"${copy}"`));
      expect({ index: index.name, sql: await definition(index.name) }).toEqual({ index: index.name, sql: await definition(copy) });
      await em.execute(`drop index "${copy}"`);
    }
  });
});
