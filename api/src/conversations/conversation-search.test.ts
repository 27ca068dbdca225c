import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import type { Viewer } from '../context.ts';
import { searchConversations } from './conversation-search.service.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 20 });
  token = await api.login('anna@demo.test', 'demo-operator');
  const em = api.app.orm.em.fork();
  const say = async (n: number, text: string) => {
    const clientChannel = await em.findOneOrFail(ClientChannel, { platformId: `visitor-seed-${n}` });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text, dedupeKey: text });
  };
  await say(1, 'Добрый вечер! Где мои заказы? Они не пришли.');
  await say(2, 'Hello, where are my ordered shoes?');
  await say(3, 'Nothing to see here');
  const rename = async (n: number, fields: { name: string; phone?: string; email?: string }) =>
    em.nativeUpdate(Client, { id: (await em.findOneOrFail(ClientChannel, { platformId: `visitor-seed-${n}` })).clientId }, fields);
  await rename(3, { name: 'Zakaz Kuznetsova' });
  // Russian, mixed-script and accented names, on the C-locale test database (see api/test/database.ts).
  await rename(4, { name: 'Иван Петров', phone: '+7 916 555-12-34', email: 'Ivan.Petrov@Example.com' });
  await rename(5, { name: 'Ivan Петров' });
  await rename(6, { name: 'José Müller' });
  await rename(7, { name: 'Алёна Ёлкина' });
  await say(8, 'ЗАКАЗЫ пришли? Доставка ЁЛКИ была вчера, спасибо José!');
});
afterAll(() => api?.stop());

const search = async (text: string, section = 'ALL') => {
  const result: any = await api.gql(
    `query($f: ConversationFilter) { conversations(first: 20, filter: $f) {
       edges { node { client { name phone } searchHit { message { text } highlight { text match } } } }
       pageInfo { hasNextPage } } }`,
    { f: { search: text, section } },
    token,
  );
  if (result.errors) return { errors: result.errors };
  return result.data.conversations.edges.map((e: any) => e.node);
};
const marked = (node: any) => node.searchHit.highlight.filter((s: any) => s.match).map((s: any) => s.text.toLowerCase());

describe('searching conversations', () => {
  it('finds Russian words by their stem, and marks them in the best matching message', async () => {
    const found = await search('заказ');
    const hit = found.find((n: any) => n.searchHit?.message.text.startsWith('Добрый вечер'));
    expect(hit).toBeTruthy();
    expect(marked(hit)).toEqual(['заказы']);
    expect(hit.searchHit.highlight.map((s: any) => s.text).join('')).toContain('Где мои заказы?');
  });

  it('finds English words by stem and by their beginning', async () => {
    for (const text of ['order', 'ord', 'SHOES']) {
      const found = await search(text);
      expect(found.map((n: any) => n.searchHit?.message.text)).toContain('Hello, where are my ordered shoes?');
    }
  });

  it('finds clients by part of the name, phone or e-mail, ranked before message matches', async () => {
    const byName = await search('zakaz');
    expect(byName[0].client.name).toBe('Zakaz Kuznetsova');
    const seeded: any = await api.gql('{ conversations(first: 50) { edges { node { client { phone } } } } }', {}, token);
    const phone = seeded.data.conversations.edges.map((e: any) => e.node.client.phone).find(Boolean) as string;
    const byPhone = await search(phone.slice(-5));
    expect(byPhone.map((n: any) => n.client.phone)).toContain(phone);
  });

  it('keeps to the section', async () => {
    expect((await search('order', 'CLOSED')).map((n: any) => n.searchHit?.message.text)).not.toContain('Hello, where are my ordered shoes?');
  });

  it('answers a clear error for a search without words', async () => {
    const result: any = await search('?!');
    expect(result.errors[0]).toMatchObject({ message: 'search needs at least one letter or digit.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

const names = async (text: string) => (await search(text)).map((node: any) => node.client.name);

describe('searching conversations whatever the script, case and accents', () => {

  it('finds Russian names in any case', async () => {
    expect(await names('иван')).toContain('Иван Петров');
    expect(await names('ПЕТРОВ')).toEqual(expect.arrayContaining(['Иван Петров', 'Ivan Петров']));
    expect(await names('иван')).not.toContain('Ivan Петров');
  });

  it('finds names written in two scripts by both', async () => {
    expect(await names('IVAN петров')).toEqual(['Ivan Петров']);
  });

  it('finds accented names without their accents, and accented words in capitals', async () => {
    expect(await names('jose')).toContain('José Müller');
    expect(await names('MÜLLER')).toContain('José Müller');
    expect(await names('josé muller')).toContain('José Müller');
  });

  it('takes ё for е', async () => {
    expect(await names('алена')).toContain('Алёна Ёлкина');
    expect(await names('ЁЛКИНА')).toContain('Алёна Ёлкина');
  });

  it('finds clients by the digits of their phone and parts of their e-mail', async () => {
    expect(await names('555-12')).toEqual(['Иван Петров']);
    expect(await names('PETROV@EXAMPLE')).toEqual(['Иван Петров']);
  });

  it('finds Russian words of messages by their stems in any case, marked as they are written', async () => {
    const hit = (found: any[]) => found.find((node) => node.searchHit?.message.text.startsWith('ЗАКАЗЫ пришли'));
    const inCapitals = hit(await search('заказ'));
    expect(inCapitals.searchHit.highlight.filter((s: any) => s.match).map((s: any) => s.text)).toEqual(['ЗАКАЗЫ']);
    expect(inCapitals.searchHit.highlight.map((s: any) => s.text).join('')).toContain('ЗАКАЗЫ пришли? Доставка ЁЛКИ была вчера, спасибо José');
    const byStems = hit(await search('ДОСТАВКУ елки jose'));
    expect(byStems.searchHit.highlight.filter((s: any) => s.match).map((s: any) => s.text)).toEqual(['Доставка', 'ЁЛКИ', 'José']);
  });
});

describe('searching inside one dialog', () => {
  it('lists every matching message oldest first, to jump between them', async () => {
    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { platformId: 'visitor-seed-1' });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'Заказ номер 42 тоже', dedupeKey: 'second-order' });
    const found = await search('заказ');
    const result: any = await api.gql(
      `query($f: ConversationFilter) { conversations(first: 1, filter: $f) { edges { node { searchMessages(text: "заказ") { message { text } highlight { text match } } } } } }`,
      { f: { search: 'Добрый вечер' } },
      token,
    );
    expect(found.length).toBeGreaterThan(0);
    const hits = result.data.conversations.edges[0].node.searchMessages;
    expect(hits.map((h: any) => h.message.text)).toEqual(['Добрый вечер! Где мои заказы? Они не пришли.', 'Заказ номер 42 тоже']);
    expect(hits[1].highlight[0]).toEqual({ text: 'Заказ', match: true });
  });
});

describe('a Russian name among thousands of clients, on the C-locale test database', () => {
  let projectId: string;
  beforeAll(async () => {
    const em = api.app.orm.em.fork();
    projectId = (await em.execute(`select id from project limit 1`))[0]!.id as string;
    // 20,000 more clients with a conversation each: a few Ёжиковы, a tenth Петровы and Petrovs (one key before
    // Cyrillic had its own), so the planner weighs the index against walking the inbox.
    await em.execute(
      `with names as (
         select i, (array['Анна', 'Мария', 'Борис', 'Ivan', 'Olga'])[1 + i % 5] || ' '
                   || case when i % 2000 = 7 then 'Ёжиков' when i % 10 = 3 then 'Петров' when i % 10 = 4 then 'Petrov' else 'Смирнова' || i end as name
           from generate_series(1, 20000) i),
       clients as (insert into client (id, project_id, name, created_at, last_activity_at)
         select gen_random_uuid(), ?, name, now(), now() - i * interval '1 minute' from names returning id, last_activity_at),
       channels as (insert into client_channel (id, project_id, client_id, channel_id, platform_id, created_at)
         select gen_random_uuid(), ?, id, (select id from channel where project_id = ? limit 1), 'filler-' || id, now() from clients returning id, client_id)
       insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
         select gen_random_uuid(), ?, x.client_id, (select id from channel where project_id = ? limit 1), x.id, 'OPEN', c.last_activity_at, 0, now()
           from channels x join clients c on c.id = x.client_id`,
      [projectId, projectId, projectId, projectId, projectId],
    );
    // Vacuumed too, as autovacuum would: rows waiting in the GIN index's pending list make the index look dear.
    for (const table of ['client', 'client_channel', 'conversation']) await em.execute(`vacuum analyze ${table}`);
  });

  // The scans of the client table in a plan, with their conditions.
  const clientNodes = (text: string) =>
    text
      .split(/\n(?=\s*->)/)
      .filter((node) => / on client cl\b/.test(node))
      .join('\n');

  /** The plan of the statement the search sends for `words` in section All. */
  const plan = async (words: string) => {
    const sent: { sql: string; params: unknown[] }[] = [];
    const recorder = { execute: async (sql: string, params: unknown[]) => (sent.push({ sql, params }), []) };
    const viewer = { project: { id: projectId }, operator: null } as unknown as Viewer;
    await searchConversations(recorder as never, viewer, { search: words }, { where: 'c.project_id = ? and c.archived_at is null', params: [projectId] }, { first: 20 });
    const rows = await api.app.orm.em.fork().execute(`explain (costs off) ${sent[0]!.sql}`, sent[0]!.params);
    return rows.map((row) => row['QUERY PLAN'] as string).join('\n');
  };

  it('finds the clients through the trigram index on their search key, by a key of its own for Cyrillic', async () => {
    expect(await plan('Ёжиков')).toMatch(/Bitmap Index Scan on client_search_idx\s+Index Cond: \(search_key ~~ '%0E0Z0I0K0O0V%'::text\)/);
    expect((await names('ёжиков')).length).toBe(10);
  });

  it('checks what the index finds against the stored fold, computing nothing per client', async () => {
    const onClients = clientNodes(await plan('Петров'));
    expect(onClients).toMatch(/search_text ~~ '%петров%'::text/);
    expect(onClients).not.toMatch(/translate\(|lower\(/);
    expect((await names('петров')).every((name: string) => name.endsWith('Петров'))).toBe(true);
  });
});
