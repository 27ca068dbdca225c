import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { newId } from './ids.ts';
import { openOrm, type MikroORM } from './orm.ts';
import { select } from './rows.ts';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOrm(db.url);
  await orm.migrator.up({ to: 'Migration20261122090000_conversation_revision' });
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('the migration to folded names and search', () => {
  it('keeps tags and teams whose names lower() told apart in Cyrillic, renamed to stay unique', async () => {
    const em = orm.em.fork();
    const projectId = newId();
    await em.execute(`insert into project (id, name, time_zone, created_at) values (?, 'Shop', 'UTC', now())`, [projectId]);
    let minute = 0;
    const at = () => new Date(Date.UTC(2026, 0, 1, 0, minute++));
    for (const name of ['Москва', 'МОСКВА', 'москва (2)', 'москва', 'Café', 'CAFE']) {
      await em.execute(`insert into label (id, project_id, kind, name, color, created_at) values (?, ?, 'TAG', ?, '#828282', ?)`, [newId(), projectId, name, at()]);
    }
    for (const name of ['Продажи', 'ПРОДАЖИ']) await em.execute(`insert into team (id, project_id, name, created_at) values (?, ?, ?, ?)`, [newId(), projectId, name, at()]);

    await orm.migrator.up();

    const names = async (table: string) => (await select<{ name: string }>(orm.em.fork(), `select name from ${table} order by created_at`)).map((row) => row.name);
    expect(await names('label')).toEqual(['Москва', 'МОСКВА (3)', 'москва (2)', 'москва (4)', 'Café', 'CAFE']);
    expect(await names('team')).toEqual(['Продажи', 'ПРОДАЖИ (2)']);
  });
});
