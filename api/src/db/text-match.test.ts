import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { clientSearchKey, clientSearchText } from '../clients/client.entity.ts';
import { seedDemoProject } from '../seed/seed.ts';
import { foldCaseBodies } from './migrations/Migration20261206013600_search_fold.ts';
import { migrate, openOrm, type MikroORM } from './orm.ts';
import { select, selectOne } from './rows.ts';
import { indexedContains } from './text-match.ts';

let db: TestDatabase;
let orm: MikroORM;
let projectId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOrm(db.url);
  await migrate(orm);
  projectId = (await seedDemoProject(orm.em.fork(), { clients: 0 })).project.id;
});
afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const value = async <T = string>(sql: string, params: unknown[] = []) => (await selectOne<{ value: T }>(orm.em.fork(), `select ${sql} as value`, params))!.value;
const characters = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
// ASCII, Latin-1, Latin Extended-A and Cyrillic (all but historic letters): the case that folds the same on every server.
const letters = [...characters(0x41, 0x5a), ...characters(0xc0, 0x17f), ...characters(0x400, 0x45f), ...characters(0x490, 0x4ff)].join('');

describe('text folded for search on a C-locale database', () => {
  it('runs where lower() leaves Cyrillic capitals alone and pg_trgm sees no Cyrillic letters', async () => {
    expect(await value(`lower('ИВАН José')`)).toBe('ИВАН josé');
    expect(await value(`show_trgm('Иван')::text`)).toBe('{}');
  });

  it('folds case, ё to е and Latin accents away', async () => {
    expect(await value('search_fold(?)', ['ИВАН Петров, Ёлка и ёж; JOSÉ Müller, ŁÓDŹ, İstanbul, Ærø'])).toBe('иван петров, елка и еж; jose muller, lodz, istanbul, æro');
  });

  it('tells names apart by accents and ё, but not by case', async () => {
    expect(await value('fold_case(?)', ['АЛЁНА Алена JOSÉ'])).toBe('алёна алена josé');
  });

  it('folds every Latin and Cyrillic capital to its small letter whichever way the server lower-cases', async () => {
    const expected = letters.replace('İ', 'i').toLowerCase();
    const offered = await value<string[]>(`array[
      'table',
      case when exists (select from pg_collation where collname = 'pg_c_utf8') then 'builtin' end,
      case when exists (select from pg_collation where collname = 'und-x-icu') then 'icu' end]`);
    const kinds = offered.filter((kind): kind is keyof typeof foldCaseBodies => kind !== null);
    // Each body as a function of this session only, on one connection.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const kind of kinds) {
        await client.query(`create function pg_temp.fold_case_${kind}(text) returns text language sql immutable return ${foldCaseBodies[kind]}`);
        const { rows } = await client.query(`select pg_temp.fold_case_${kind}($1) as folded`, [letters]);
        expect({ kind, folded: rows[0].folded }).toEqual({ kind, folded: expected });
      }
    } finally {
      await client.end();
    }
    expect(kinds).toContain('table');
  });

  it('keeps one character for one, so that a headline of folded text maps back onto the original', async () => {
    // Every character of the Basic Multilingual Plane but NUL and the surrogates.
    const text = [...characters(1, 0xd7ff), ...characters(0xe000, 0xffff)].join('');
    expect(await value<number>('char_length(search_fold(?))', [text])).toBe(text.length);
  });

  it('keys Cyrillic letters as ASCII ones apart from Latin, one letter at a time, so the key of a text holds the key of its parts', async () => {
    const cyrillic = characters(0x410, 0x44f).join('') + 'ёЁіїєґўІЇЄҐЎәғқңөұүһӘҒҚҢӨҰҮҺ';
    expect(await value('search_key(?)', [cyrillic])).toMatch(/^(0[A-Z])+$/);
    expect(await value('search_key(?)', ['Ольга Объедкова, ЁЖИК'])).toBe('0O0L0G0A 0O0B0E0D0K0O0V0A, 0E0Z0I0K');
    // No trigram of a Russian name is one of its Latin spelling's.
    expect(await value<boolean>(`show_trgm(search_key('Петров')) && show_trgm(search_key('Petrov'))`)).toBe(false);
    const parts = ['Иван', ' Petrov ', 'José', 'ёлка', '+7 900'];
    expect(await value('search_key(?)', [parts.join('')])).toBe((await Promise.all(parts.map((part) => value('search_key(?)', [part])))).join(''));
  });
});

describe('the trigram index on clients, on a C-locale database', () => {
  beforeAll(async () => {
    const em = orm.em.fork();
    await em.execute(
      `insert into client (id, project_id, name, phone, email, created_at, last_activity_at)
       select gen_random_uuid(), ?, (array['Иван', 'Мария', 'Алёна', 'Пётр', 'Ольга', 'Ivan', 'José'])[1 + i % 7] || ' '
              || (array['Петров', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Müller', 'Novikov'])[1 + i / 7 % 8],
              '+7 900 ' || (1000000 + i), 'client' || i || '@example.com', now(), now()
         from generate_series(1, 5000) i`,
      [projectId],
    );
    await em.execute(`insert into client (id, project_id, name, created_at, last_activity_at) values (gen_random_uuid(), ?, 'Пётр Ёжиков', now(), now())`, [projectId]);
    // As autovacuum would: rows waiting in the GIN index's pending list make the index look dear.
    await em.execute('vacuum analyze client');
  });

  const matching = (text: string) => {
    const match = indexedContains(clientSearchText('cl'), clientSearchKey('cl'), text);
    return { sql: `select cl.name from client cl where cl.project_id = ? and ${match.sql}`, params: [projectId, ...match.params] };
  };

  it('finds a Cyrillic pattern through the index, the pattern folded when the query is planned', async () => {
    const query = matching('ЕЖИКОВ');
    const plan = await orm.em.fork().transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      return (await tx.execute(`explain (costs off) ${query.sql}`, query.params)).map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Bitmap Index Scan on client_search_idx\s+Index Cond: \(.*'%0E0Z0I0K0O0V%'::text\)/);
    expect(await select(orm.em.fork(), query.sql, query.params)).toEqual([{ name: 'Пётр Ёжиков' }]);
  });

  it('is planned the same from a bound parameter (an unnamed statement folds immutable functions of it)', async () => {
    const query = matching('ЕЖИКОВ');
    let n = 0;
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('set enable_seqscan = off');
      const { rows } = await client.query(`explain (costs off) ${query.sql.replace(/\?/g, () => `$${++n}`)}`, query.params);
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on client_search_idx\s+Index Cond: \(.*'%0E0Z0I0K0O0V%'::text\)/);
    } finally {
      await client.end();
    }
  });

  it('keeps only the real matches of what the index finds', async () => {
    const names = async (text: string) => new Set((await select<{ name: string }>(orm.em.fork(), matching(text).sql, matching(text).params)).map((row) => row.name));
    // Letters of one key (ш and щ, е and э…) are told apart by the fold.
    expect(await names('ПЕТРОВ')).toEqual(new Set(['Иван Петров', 'Мария Петров', 'Алёна Петров', 'Пётр Петров', 'Ольга Петров', 'Ivan Петров', 'José Петров']));
    expect(await names('ivan')).toEqual(new Set(['Ivan Петров', 'Ivan Смирнова', 'Ivan Кузнецов', 'Ivan Попова', 'Ivan Соколов', 'Ivan Лебедева', 'Ivan Müller', 'Ivan Novikov']));
    expect(await names('алена муller')).toEqual(new Set());
    expect(await names('алена muller')).toEqual(new Set(['Алёна Müller']));
    expect(await names('%')).toEqual(new Set());
  });
});
