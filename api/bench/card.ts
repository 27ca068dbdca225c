// The client card at scale (CRM issue): the inbox at scale's data set (100,000 clients, 1,000,000 messages) with
// CRM data on a share of the clients, and the full card (api/bench/card-query.ts) of random clients, each request
// its own client, beside a trivial query as a baseline.
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { toGlobalId } from '../src/graphql/global-id.ts';
import { fullCardQuery } from './card-query.ts';
import { gql, login, startProduct } from './harness.ts';
import { summarize } from './stats.ts';

type Options = { clients: number; messagesPerClient: number; requests: number };

/**
 * CRM data in bulk, spread by each client's number n (in order of creation) so that shares are exact and
 * repeatable: 40% of the clients have 1–4 of 20 tags and 14% are on 1–2 of 8 lists, half have an owner, a country
 * and variables, 30% have 1–3 deals in two funnels (some won or lost), 20% have 1–3 tasks, 40% have 1–3 notes, 60%
 * have 2–6 history rows and 25% have assignment events, all dated inside their conversation so that the timeline
 * interleaves them with the messages. The clients with tasks have deals, tags and notes too: the rich cards.
 */
async function addCrmData(em: EntityManager) {
  await em.transactional(async (tx) => {
    const sql = (text: string) => tx.execute(text);
    // Per client: its number, conversation and the time its conversation spans; the project's operators.
    await sql(`create temporary table bench_client on commit drop as
      select c.id, c.project_id, c.created_at, c.last_activity_at - c.created_at as span, v.id as conversation_id,
             (row_number() over (order by c.created_at, c.id))::int as n
        from client c join conversation v on v.client_id = c.id`);
    await sql(`create temporary table bench_operator on commit drop as select array_agg(id order by email) as ops from operator`);
    await sql(`insert into label (id, project_id, kind, name, color, created_at)
      select gen_random_uuid(), p.id, k.kind, k.prefix || ' ' || g, '#' || lpad(to_hex((g * 40503 + k.salt) % 16777216), 6, '0'), now() - interval '90 days'
        from project p cross join (values ('TAG', 'tag', 7), ('LIST', 'list', 11)) k(kind, prefix, salt) cross join generate_series(1, 20) g
       where k.kind = 'TAG' or g <= 8`);
    await sql(`create temporary table bench_label on commit drop as
      select id, kind, (row_number() over (partition by kind order by name))::int as k from label`);
    await sql(`insert into client_label (client_id, label_id, created_at)
      select c.id, l.id, c.created_at + c.span * 0.3
        from bench_client c cross join lateral generate_series(1, 1 + c.n % 4) j join bench_label l on l.kind = 'TAG' and l.k = (c.n * 7 + j * 3) % 20 + 1
       where c.n % 10 < 4
      union all
      select c.id, l.id, c.created_at + c.span * 0.6
        from bench_client c cross join lateral generate_series(1, 1 + c.n % 2) j join bench_label l on l.kind = 'LIST' and l.k = (c.n + j * 3) % 8 + 1
       where c.n % 7 = 0
      on conflict do nothing`);
    await sql(`insert into variable_definition (id, project_id, scope, key, name, type, created_at)
      select gen_random_uuid(), p.id, d.scope, d.key, d.name, d.type, now() - interval '90 days' + d.o * interval '1 minute'
        from project p cross join (values (1, 'CLIENT', 'company', 'Company', 'TEXT'), (2, 'CLIENT', 'orders', 'Orders', 'NUMBER'),
          (3, 'CLIENT', 'birthday', 'Birthday', 'DATE'), (4, 'CLIENT', 'wholesale', 'Wholesale', 'BOOLEAN'), (5, 'CLIENT', 'city', 'City', 'TEXT'),
          (6, 'CLIENT', 'size', 'Size', 'TEXT'), (7, 'DEAL', 'delivery', 'Delivery date', 'DATE'), (8, 'DEAL', 'discount', 'Discount', 'NUMBER')) d(o, scope, key, name, type)`);
    await sql(`update client c set
        owner_id = o.ops[1 + b.n % 4],
        country = (array['Russia', 'Kazakhstan', 'Belarus', 'Germany'])[1 + b.n % 4],
        utm_source = case when b.n % 4 = 1 then (array['google', 'yandex', 'instagram'])[1 + b.n % 3] end,
        utm_campaign = case when b.n % 4 = 1 then 'spring-' || b.n % 12 end,
        variables = jsonb_build_object('company', 'Company ' || b.n % 997, 'orders', b.n % 37, 'birthday', to_char(date '1970-01-01' + b.n % 15000, 'YYYY-MM-DD'),
          'wholesale', b.n % 3 = 0, 'city', (array['Moscow', 'Kazan', 'Almaty', 'Minsk', 'Berlin'])[1 + b.n % 5])
      from bench_client b, bench_operator o
      where c.id = b.id and b.n % 2 = 1`);
    await sql(`insert into funnel (id, project_id, name, position, created_at)
      select gen_random_uuid(), p.id, f.name, f.position, now() - interval '90 days' from project p cross join (values ('Sales', 0), ('Service', 1)) f(name, position)`);
    await sql(`insert into funnel_stage (id, project_id, funnel_id, name, position, responsible_id, created_at)
      select gen_random_uuid(), f.project_id, f.id, s.name, s.position, null, now() - interval '90 days'
        from funnel f join (values ('Sales', 'New', 0), ('Sales', 'Qualified', 1), ('Sales', 'Offer', 2), ('Sales', 'Invoice', 3), ('Sales', 'Paid', 4),
          ('Service', 'Request', 0), ('Service', 'In work', 1), ('Service', 'Done', 2)) s(funnel, name, position) on s.funnel = f.name`);
    // Deals 1 and 2 in Sales (2 is won or lost), 3 in Service.
    await sql(`insert into deal (id, project_id, client_id, funnel_id, stage_id, title, budget, currency, responsible_id, status, closed_at, variables, created_at, stage_changed_at)
      select gen_random_uuid(), c.project_id, c.id, s.funnel_id, s.id, (array['Sofa', 'Chairs', 'Table', 'Assembly', 'Delivery', 'Wardrobe'])[1 + (c.n + j) % 6] || ' #' || c.n,
             (c.n * 37 + j * 101) % 5000 + 100, case when c.n % 9 = 0 then 'USD' else 'RUB' end, o.ops[1 + (c.n + j) % 4],
             case when j <> 2 then 'OPEN' when c.n % 2 = 0 then 'WON' else 'LOST' end, case when j = 2 then c.created_at + c.span * 0.9 end,
             case when j = 1 then jsonb_build_object('discount', c.n % 20) else '{}' end, c.created_at + c.span * (j / 4.0), c.created_at + c.span * (j / 3.5)
        from bench_client c cross join bench_operator o cross join lateral generate_series(1, 1 + c.n % 3) j
        join funnel_stage s on s.id = (select st.id from funnel_stage st join funnel f on f.id = st.funnel_id
                                        where f.name = case when j = 3 then 'Service' else 'Sales' end and st.position = (c.n + j) % case when j = 3 then 3 else 5 end)
       where c.n % 10 < 3`);
    // Tasks past due are marked notified, so that the due-task sweep has nothing to do during the run.
    await sql(`insert into task (id, project_id, client_id, title, description, priority, due_at, assignee_id, created_by_id, completed_at, due_notified_at, created_at)
      select gen_random_uuid(), c.project_id, c.id, (array['Call back', 'Send the invoice', 'Check the delivery', 'Offer a discount'])[1 + (c.n + j) % 4],
             case when j = 1 then 'Asked to call after 18:00' end, (array['LOW', 'NORMAL', 'HIGH', 'URGENT'])[1 + (c.n * j) % 4], d.due,
             o.ops[1 + (c.n + j) % 4], o.ops[1 + c.n % 4], case when j = 2 and c.n % 2 = 0 then now() - interval '1 day' end,
             case when d.due < now() + interval '1 hour' then now() end, c.created_at + c.span * 0.5
        from bench_client c cross join bench_operator o cross join lateral generate_series(1, 1 + c.n % 3) j
        cross join lateral (select now() + ((c.n + j * 5) % 15 - 5) * interval '1 day' as due) d
       where c.n % 5 = 0`);
    await sql(`insert into comment (id, project_id, conversation_id, client_id, author_id, text, mention_ids, created_at)
      select gen_random_uuid(), c.project_id, c.conversation_id, c.id, o.ops[1 + (c.n + j) % 4],
             (array['Asked for a discount, promised to check', 'Wants delivery on Saturday', 'Prefers WhatsApp', 'Regular customer, be nice'])[1 + (c.n + j) % 4],
             '{}', c.created_at + c.span * (j / 3.5)
        from bench_client c cross join bench_operator o cross join lateral generate_series(1, 1 + c.n % 3) j
       where c.n % 5 in (0, 1)`);
    await sql(`insert into client_activity (id, project_id, client_id, type, actor_id, summary, data, created_at)
      select gen_random_uuid(), c.project_id, c.id, t.type, o.ops[1 + (c.n + j) % 4], t.summary, jsonb_build_object('n', j), c.created_at + c.span * (j / 7.0)
        from bench_client c cross join bench_operator o cross join lateral generate_series(1, 2 + c.n % 5) j
        join (values (0, 'TAG_ADDED', 'Tag added: tag 3'), (1, 'DEAL_CREATED', 'Deal created: Sofa'), (2, 'OWNER_CHANGED', 'Owner set to Anna Operator'),
          (3, 'VARIABLE_SET', 'Company set to Acme'), (4, 'TASK_CREATED', 'Task created: Call back'), (5, 'DEAL_STAGE_CHANGED', 'Sofa moved to Offer')) t(k, type, summary)
          on t.k = (c.n + j) % 6
       where c.n % 10 < 6`);
    await sql(`insert into conversation_event (id, project_id, conversation_id, type, actor_id, assignee_id, comment, created_at)
      select gen_random_uuid(), c.project_id, c.conversation_id, 'ASSIGNED', o.ops[1 + (c.n + j) % 4], o.ops[1 + (c.n + j + 1) % 4],
             case when j = 2 then 'Deliveries are his' end, c.created_at + c.span * (j / 5.0)
        from bench_client c cross join bench_operator o cross join lateral generate_series(1, 1 + c.n % 2) j
       where c.n % 4 = 0`);
  });
}

/** `count` clients with their latest conversation, as card request variables; `where` picks among them. */
async function cardsOf(databaseUrl: string, count: number, where = 'true') {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ client: string; conversation: string }>(
      `select c.id as client, (select v.id from conversation v where v.client_id = c.id order by v.last_activity_at desc limit 1) as conversation
         from client c where ${where} order by random() limit $1`,
      [count],
    );
    return rows.map((row) => ({ client: toGlobalId('Client', row.client), conversation: toGlobalId('Conversation', row.conversation) }));
  } finally {
    await db.end();
  }
}

async function countRows(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const tables = ['client_label', 'deal', 'task', 'comment', 'client_activity', 'conversation_event'];
    const { rows } = await db.query<Record<string, number>>(`select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`);
    return Object.entries(rows[0]!).map(([table, n]) => `${n.toLocaleString('en')} ${table}`).join(', ');
  } finally {
    await db.end();
  }
}

export async function cardBench(options: Options) {
  console.log(`\n== Client card: ${options.clients} clients, ${options.clients * options.messagesPerClient} messages, with CRM data ==`);
  const { base, stop, databaseUrl } = await startProduct({ clients: options.clients, messagesPerClient: options.messagesPerClient }, { prepare: addCrmData });
  console.log(`  CRM data: ${await countRows(databaseUrl)}`);
  const operator = await login(base);

  const random = await cardsOf(databaseUrl, options.requests + 20);
  const rich = await cardsOf(
    databaseUrl,
    options.requests + 20,
    'exists (select from deal d where d.client_id = c.id) and exists (select from client_label l where l.client_id = c.id) and exists (select from task t where t.client_id = c.id)',
  );
  const sample: any = await gql(base, fullCardQuery, rich[0]!, operator);
  const items = sample.conversation.timeline.edges.map((edge: any) => edge.node.__typename);
  console.log(
    `  a rich card: ${sample.client.tags.length} tags, ${sample.client.lists.length} lists, ${sample.client.variables.length} variables, ${sample.client.deals.edges.length} deals, ` +
      `${sample.client.tasks.length} open tasks, ${sample.client.notes.edges.length} notes, timeline of ${items.length} (${[...new Set(items)].join(', ')})`,
  );
  // The three requests take turns, so that the machine's changing speed weighs on each alike: 20 rounds of warm-up,
  // then `requests` timed ones, each card another client's.
  const card = (cards: { client: string; conversation: string }[]) => {
    let next = 0;
    return () => gql(base, fullCardQuery, cards[next++ % cards.length]!, operator);
  };
  const works = { baseline: () => gql(base, '{ me { operator { id } } }', {}, operator), random: card(random), rich: card(rich) };
  const samples = { baseline: [] as number[], random: [] as number[], rich: [] as number[] };
  for (let round = 0; round < options.requests + 20; round++) {
    for (const name of ['baseline', 'random', 'rich'] as const) {
      const started = performance.now();
      await works[name]();
      if (round >= 20) samples[name].push(performance.now() - started);
    }
  }
  await stop();

  const [baseline, randomCards, richCards] = [summarize(samples.baseline), summarize(samples.random), summarize(samples.rich)];
  console.log('full card, random clients, sequential, ms:         ', randomCards, `→ ${(randomCards.p50 / baseline.p50).toFixed(2)}× the baseline at p50`);
  console.log('full card, clients with deals, tags and tasks, ms: ', richCards, `→ ${(richCards.p50 / baseline.p50).toFixed(2)}× the baseline at p50`);
  console.log('baseline { me } query, sequential, ms:             ', baseline);
  const worst = Math.max(randomCards.p50, richCards.p50);
  console.log(`Targets: card p50 < 10 ms: ${worst < 10 ? 'met' : 'NOT met'} (worst ${worst})`);
}
