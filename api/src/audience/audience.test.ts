import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';

let api: TestApi;
let anna: string;
let manager: string;
let stranger: string;
let clients: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: true });
  await api.seed({ clients: 8 });
  await api.seed({ clients: 2, emailDomain: 'other.test', projectName: 'Other', widgetKey: 'other-widget' });
  [anna, manager, stranger] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const list: any = await api.gql('{ clients(first: 20) { edges { node { id } } totalCount } }', {}, anna);
  clients = list.data.clients.edges.map((edge: any) => edge.node.id);
});
afterAll(() => api?.stop());

const audience = async (filter: object = {}, token = anna, order = 'LAST_ACTIVITY_FIRST') =>
  ((await api.gql('query($f: ClientFilter, $o: ClientOrder) { clients(first: 50, filter: $f, order: $o) { edges { node { id name } } totalCount } }', { f: filter, o: order }, token)) as any).data.clients;

const bulk = async (input: object, token = anna) =>
  ((await api.gql('mutation($i: BulkClientActionInput!) { bulkClientAction(input: $i) { clients { id archived blocked deletedAt owner { name } } userErrors { code field } } }', { i: input }, token)) as any).data
    .bulkClientAction;

async function upload(csv: string, token = manager) {
  const response = await fetch(`${api.url}/files?name=clients.csv`, { method: 'POST', headers: { authorization: token, 'content-type': 'text/csv' }, body: csv });
  expect(response.status).toBe(201);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

const jobFields = 'id kind status total processed created updated errors { row message } failureReason file { name url }';
const job = async (id: string) => ((await api.gql(`query($id: ID!) { node(id: $id) { ... on ClientJob { ${jobFields} } } }`, { id }, manager)) as any).data.node;
const finished = (id: string) => eventually(async () => ((await job(id)).status === 'DONE' || (await job(id)).status === 'FAILED' ? job(id) : null));

describe('the Audience', () => {
  it('lists the project’s clients with a total, searches them and applies the inbox’s conditions', async () => {
    const all = await audience();
    expect(all.totalCount).toBe(8);
    expect(all.edges).toHaveLength(8);
    expect((await audience({}, stranger)).totalCount).toBe(2);
    const name = all.edges[0].node.name.split(' ')[0];
    const found = await audience({ search: name.toLowerCase() });
    expect(found.edges.every((edge: any) => edge.node.name.includes(name))).toBe(true);
    const tag: any = await api.gql('mutation { createLabel(input: { kind: TAG, name: "Wholesale" }) { label { id } } }', {}, anna);
    await api.gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { code } } }', { i: { clientIds: clients.slice(0, 2), labelIds: [tag.data.createLabel.label.id] } }, anna);
    expect((await audience({ search: 'wholes' })).totalCount).toBe(2);
    const tagged = await audience({ conditions: [{ field: 'TAGS', anyOf: [tag.data.createLabel.label.id] }, { field: 'UNREAD', is: true }], match: 'ANY' });
    expect(tagged.edges.map((edge: any) => edge.node.id)).toEqual(expect.arrayContaining(clients.slice(0, 2)));
    const oldest = await audience({}, anna, 'OLDEST_FIRST');
    expect(oldest.edges.map((edge: any) => edge.node.id)).toHaveLength(8);
  });

  it('archives, blocks, deletes and sets owners in bulk, with sections for each', async () => {
    expect((await bulk({ clientIds: clients.slice(0, 2), action: 'ARCHIVE' })).clients.map((c: any) => c.archived)).toEqual([true, true]);
    expect((await audience({ section: 'ARCHIVED' })).totalCount).toBe(2);
    expect((await audience()).totalCount).toBe(6);
    await bulk({ clientIds: clients.slice(0, 2), action: 'UNARCHIVE' });
    await bulk({ clientIds: [clients[2]], action: 'BLOCK' });
    expect((await audience({ section: 'BLOCKED' })).edges.map((edge: any) => edge.node.id)).toEqual([clients[2]]);
    expect((await bulk({ clientIds: [clients[3]], action: 'DELETE' })).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    expect((await bulk({ clientIds: [clients[3]], action: 'DELETE' }, manager)).clients[0].deletedAt).not.toBeNull();
    expect((await audience({ section: 'DELETED' })).edges.map((edge: any) => edge.node.id)).toEqual([clients[3]]);
    await bulk({ clientIds: [clients[3]], action: 'RESTORE' }, manager);
    const operators: any = await api.gql('{ operators { id name } }', {}, anna);
    const boris = operators.data.operators.find((o: any) => o.name === 'Boris Operator').id;
    expect((await bulk({ clientIds: clients.slice(4, 6), action: 'SET_OWNER', ownerId: boris }, manager)).clients.map((c: any) => c.owner)).toEqual([{ name: 'Boris Operator' }, { name: 'Boris Operator' }]);
    // Any foreign id: nothing changes at all.
    const foreign: any = await api.gql('{ clients(first: 1) { edges { node { id } } } }', {}, stranger);
    expect((await bulk({ clientIds: [clients[6], foreign.data.clients.edges[0].node.id], action: 'ARCHIVE' })).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'clientIds' }]);
    expect((await audience({ section: 'ARCHIVED' })).totalCount).toBe(0);
  });

  it('tells the project’s operators which clients changed, a bulk action’s in one event, and nobody else', async () => {
    const ours = collect(api.socket({ authorization: anna }), 'subscription { clientsChanged { clientIds } }');
    const theirs = collect(api.socket({ authorization: stranger }), 'subscription { clientsChanged { clientIds } }');
    await settle();
    await bulk({ clientIds: clients.slice(0, 3), action: 'ARCHIVE' });
    await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { code } } }', { i: { clientId: clients[4], country: 'Kazakhstan' } }, anna);
    await ours.next(2);
    expect(ours.received.map((r: any) => [...r.data.clientsChanged.clientIds].sort())).toEqual([[...clients.slice(0, 3)].sort(), [clients[4]]]);
    await settle();
    expect(theirs.received).toEqual([]);
    await bulk({ clientIds: clients.slice(0, 3), action: 'UNARCHIVE' });

    // The rows again by id, in order; a foreign or unknown id answers null.
    const foreign: any = await api.gql('{ clients(first: 1) { edges { node { id } } } }', {}, stranger);
    const ids = [clients[4], foreign.data.clients.edges[0].node.id, 'bm9wZQ', clients[0]];
    const nodes: any = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client { country } } }', { ids }, anna);
    expect(nodes.data.nodes.map((node: any) => node?.id ?? null)).toEqual([clients[4], null, null, clients[0]]);
    expect(nodes.data.nodes[0].country).toBe('Kazakhstan');
    const tooMany: any = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(clients[0]) }, anna);
    expect(tooMany.errors[0].message).toBe('Ask for at most 100 ids at once.');
  });
});

describe('CSV import and export', () => {
  it('imports a CSV through Temporal: creates new clients, updates matches, reports bad rows, with live progress', async () => {
    await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { code } } }', {}, manager);
    await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "orders", name: "Orders", type: NUMBER }) { userErrors { code } } }', {}, manager);
    await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { code } } }', { i: { clientId: clients[7], email: 'match@example.com' } }, anna);
    const rows = [
      'name;phone;email;tags;owner;city;orders',
      'Ivan Import;+7 900 000-00-01;;VIP|Imported;anna@demo.test;Kazan;3',
      ';;MATCH@example.com;Imported;;Perm;',
      '"Quote ""The"" Client";;quote@example.com;;;"Line',
      'break";',
      'Bad Phone;call me;;;;;',
      'Bad Number;;bad@example.com;;;;many',
      ...Array.from({ length: 400 }, (_, i) => `Bulk ${i};;bulk${i}@example.com;Bulk;;;${i}`),
    ];
    const fileId = await upload(rows.join('\r\n'));
    expect(((await api.gql('mutation($i: ImportClientsInput!) { importClients(input: $i) { userErrors { code } } }', { i: { fileId } }, anna)) as any).data.importClients.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    const started: any = await api.gql(`mutation($i: ImportClientsInput!) { importClients(input: $i) { job { id status } userErrors { code } } }`, { i: { fileId } }, manager);
    const jobId = started.data.importClients.job.id;
    const progress = collect(api.socket({ authorization: manager }), 'subscription($id: ID!) { clientJobUpdated(jobId: $id) { status processed total } }', { id: jobId });
    const done = await finished(jobId);
    expect(done).toMatchObject({ status: 'DONE', total: 405, processed: 405, created: 402, updated: 1 });
    expect(done.errors).toEqual([
      { row: 6, message: '"call me" is not a phone number.' },
      { row: 7, message: 'Orders must be a number.' },
    ]);
    await settle(200);
    expect(progress.received.length === 0 || progress.received.at(-1)!.data!.clientJobUpdated.status === 'DONE').toBe(true);

    const ivan = await audience({ search: 'ivan import' });
    const card: any = await api.gql('query($id: ID!) { client(id: $id) { phone owner { name } tags { name } variables { key value } } }', { id: ivan.edges[0].node.id }, anna);
    expect(card.data.client).toMatchObject({ phone: '+7 900 000-00-01', owner: { name: 'Anna Operator' }, tags: [{ name: 'Imported' }, { name: 'VIP' }] });
    expect(card.data.client.variables.filter((v: any) => ['city', 'orders'].includes(v.key))).toEqual([{ key: 'city', value: 'Kazan' }, { key: 'orders', value: '3' }]);
    const updated: any = await api.gql('query($id: ID!) { client(id: $id) { variables { key value } tags { name } } }', { id: clients[7] }, anna);
    expect(updated.data.client.variables.find((v: any) => v.key === 'city').value).toBe('Perm');
    const quoted = await audience({ search: 'quote@example.com' });
    expect(quoted.edges[0].node.name).toBe('Quote "The" Client');
    expect((await audience({ search: 'bulk' })).totalCount).toBe(400);
  });

  it('fails an unreadable file with a clear reason', async () => {
    const fileId = await upload('name,shoe_size\nIvan,42\n');
    const started: any = await api.gql('mutation($i: ImportClientsInput!) { importClients(input: $i) { job { id } } }', { i: { fileId } }, manager);
    const failed = await finished(started.data.importClients.job.id);
    expect(failed).toMatchObject({ status: 'FAILED', processed: 0 });
    expect(failed.failureReason).toMatch(/^Unknown columns: shoe_size\./);
  });

  it('exports the filtered clients as CSV, downloadable when done', async () => {
    const started: any = await api.gql('mutation($f: ClientFilter) { exportClients(input: { filter: $f }) { job { id total } userErrors { code } } }', { f: { search: 'bulk1' } }, manager);
    expect(started.data.exportClients.userErrors).toEqual([]);
    expect(started.data.exportClients.job.total).toBe(111); // bulk1, bulk10–19, bulk100–199
    const done = await finished(started.data.exportClients.job.id);
    expect(done).toMatchObject({ status: 'DONE', processed: 111, file: { name: expect.stringMatching(/^clients-\d{4}-\d{2}-\d{2}\.csv$/) } });
    const csv = await (await fetch(done.file.url.replace(/^https?:\/\/[^/]+/, api.url))).text();
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,name,phone,email,country,owner,tags,lists,created_at,last_activity_at,utm_source,utm_campaign,utm_ad,utm_ad_set,utm_tag,city,orders');
    expect(lines).toHaveLength(112);
    expect(lines.find((line) => line.includes('bulk150@example.com'))).toMatch(/,Bulk 150,,bulk150@example\.com,,,Bulk,,.*,150$/);
    const other: any = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: started.data.exportClients.job.id }, stranger);
    expect(other.data.node).toBeNull();
  });
});

describe('searching the Audience whatever the script, case and accents', () => {
  beforeAll(async () => {
    const rows = ['name;phone;email;tags', 'Иван Петров;+7 916 555-12-34;Ivan.Petrov@Example.com;Оптовик', 'Ivan Петров;;;ОПТОВИК', 'José Müller;;;', 'Алёна Ёлкина;;;'];
    const started: any = await api.gql('mutation($i: ImportClientsInput!) { importClients(input: $i) { job { id } } }', { i: { fileId: await upload(rows.join('\r\n')) } }, manager);
    expect(await finished(started.data.importClients.job.id)).toMatchObject({ status: 'DONE', created: 4 });
  });
  const names = async (search: string) => (await audience({ search })).edges.map((edge: any) => edge.node.name).sort();

  it('finds Russian names in any case, and names in two scripts by both', async () => {
    expect(await names('иван')).toEqual(['Иван Петров']);
    expect(await names('ПЕТРОВ')).toEqual(['Ivan Петров', 'Иван Петров']);
    expect(await names('ivan ПЕТРОВ')).toEqual(['Ivan Петров']);
  });

  it('finds accented names without their accents, and takes ё for е', async () => {
    expect(await names('jose')).toEqual(['José Müller']);
    expect(await names('MÜLLER')).toEqual(['José Müller']);
    expect(await names('алена')).toEqual(['Алёна Ёлкина']);
  });

  it('finds clients by the digits of their phone, parts of their e-mail and their tags in any case', async () => {
    expect(await names('916 555')).toEqual(['Иван Петров']);
    expect(await names('PETROV@EXAMPLE')).toEqual(['Иван Петров']);
    // One tag: the import took "ОПТОВИК" for the "Оптовик" it had just created.
    expect(await names('оптов')).toEqual(['Ivan Петров', 'Иван Петров']);
    const tags: any = await api.gql('{ labels(kind: TAG) { name } }', {}, anna);
    expect(tags.data.labels.map((label: any) => label.name).filter((name: string) => /оптовик/i.test(name))).toEqual(['Оптовик']);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['IMPORTED']));
});
