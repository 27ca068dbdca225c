import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { idOf } from '../graphql/global-id.ts';

let api: TestApi;
let anna: string;
let boris: string;
let manager: string;
let owner: string;
let stranger: string;
let clients: string[];
let conversations: string[];
let operators: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 6 });
  await api.seed({ clients: 1, emailDomain: 'other.test', projectName: 'Other', widgetKey: 'other-widget' });
  [anna, boris, manager, owner, stranger] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('owner@demo.test', 'demo-owner'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const list: any = await api.gql('{ conversations(first: 10) { edges { node { id client { id } } } } }', {}, anna);
  clients = list.data.conversations.edges.map((edge: any) => edge.node.client.id);
  conversations = list.data.conversations.edges.map((edge: any) => edge.node.id);
  const team: any = await api.gql('{ operators { id name } }', {}, anna);
  operators = Object.fromEntries(team.data.operators.map((o: any) => [o.name.split(' ')[0].toLowerCase(), o.id]));
});
afterAll(() => api?.stop());

const mutate = async (mutation: string, type: string, input: object, token = anna, fields = 'client { id name phone email country owner { name } ownedByMe archived deletedAt tracking { source campaign } }') =>
  ((await api.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { ${fields} userErrors { code field message } } }`, { i: input }, token)) as any).data[mutation];

const history = async (clientId: string, token = anna) =>
  (((await api.gql('query($id: ID!) { client(id: $id) { activity(first: 50) { edges { node { type summary actor { name } } } } } }', { id: clientId }, token)) as any).data.client.activity.edges as any[]).map(
    (edge) => edge.node,
  );

describe('profile', () => {
  it('edits the fields given, checks them, and records the change', async () => {
    const bad = await mutate('updateClient', 'UpdateClientInput', { clientId: clients[0], name: 'Ivan Petrov', email: 'not-an-email' });
    expect(bad.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'email', message: 'The e-mail is not an e-mail address.' }]);
    const updated = await mutate('updateClient', 'UpdateClientInput', {
      clientId: clients[0],
      name: ' Ivan Petrov ',
      phone: '+7 (900) 123-45-67',
      email: 'Ivan@Example.com',
      country: 'Russia',
      tracking: { source: 'google', campaign: 'spring' },
    });
    expect(updated).toMatchObject({
      client: { name: 'Ivan Petrov', phone: '+7 (900) 123-45-67', email: 'ivan@example.com', country: 'Russia', tracking: { source: 'google', campaign: 'spring' } },
      userErrors: [],
    });
    expect((await history(clients[0]!))[0]).toEqual({ type: 'PROFILE_UPDATED', summary: 'Profile updated: name, phone, email, country, source, campaign', actor: { name: 'Anna Operator' } });
    // The same values again: nothing recorded.
    await mutate('updateClient', 'UpdateClientInput', { clientId: clients[0], name: 'Ivan Petrov' });
    expect((await history(clients[0]!)).filter((entry) => entry.type === 'PROFILE_UPDATED')).toHaveLength(1);
    expect((await mutate('updateClient', 'UpdateClientInput', { clientId: clients[0], name: 'Stolen' }, stranger)).userErrors[0].code).toBe('NOT_FOUND');
    const node: any = await api.gql('query($id: ID!) { client(id: $id) { id } }', { id: clients[0] }, stranger);
    expect(node.data.client).toBeNull();
  });
});

describe('owner', () => {
  it('is taken, transferred and cleared, with permissions and system events; filters the inbox', async () => {
    const taken = await mutate('takeClient', 'ClientInput', { clientId: clients[1] });
    expect(taken.client).toMatchObject({ owner: { name: 'Anna Operator' }, ownedByMe: true });
    const grab = await mutate('takeClient', 'ClientInput', { clientId: clients[1] }, boris);
    expect(grab.userErrors).toEqual([{ code: 'FORBIDDEN', field: null, message: 'Only managers may take a client another employee owns.' }]);
    // Anna hands her client over; a manager moves it on with a comment.
    expect((await mutate('setClientOwner', 'SetClientOwnerInput', { clientId: clients[1], ownerId: operators.boris }, anna)).client.owner).toEqual({ name: 'Boris Operator' });
    const moved = await mutate('setClientOwner', 'SetClientOwnerInput', { clientId: clients[1], ownerId: operators.anna, comment: 'Back from holiday' }, manager);
    expect(moved.client).toMatchObject({ owner: { name: 'Anna Operator' }, ownedByMe: false });
    expect((await history(clients[1]!)).slice(0, 3)).toEqual([
      { type: 'OWNER_CHANGED', summary: 'Owner set to Anna Operator: Back from holiday', actor: { name: 'Mark Manager' } },
      { type: 'OWNER_CHANGED', summary: 'Owner set to Boris Operator', actor: { name: 'Anna Operator' } },
      { type: 'OWNER_CHANGED', summary: 'Anna Operator took the client', actor: { name: 'Anna Operator' } },
    ]);
    const filter = async (conditions: object[]) =>
      (((await api.gql('query($f: ConversationFilter) { conversations(first: 50, filter: $f) { edges { node { client { id } } } } }', { f: { conditions } }, anna)) as any).data.conversations
        .edges as any[]).map((edge) => edge.node.client.id);
    expect(await filter([{ field: 'OWNER', anyOf: [operators.anna] }])).toEqual([clients[1]]);
    expect(await filter([{ field: 'OWNER', is: false }])).not.toContain(clients[1]);
  });

  it('changes reach the card live, with the history entry', async () => {
    const updates = collect(api.socket({ authorization: owner }), 'subscription($id: ID!) { clientUpdated(clientId: $id) { client { owner { name } } activity { type summary } } }', { id: clients[2] });
    const foreign = collect(api.socket({ authorization: stranger }), 'subscription($id: ID!) { clientUpdated(clientId: $id) { client { id } } }', { id: clients[2] });
    await settle();
    await mutate('setClientOwner', 'SetClientOwnerInput', { clientId: clients[2], ownerId: operators.boris }, manager);
    await updates.next(1);
    expect(updates.received[0]!.data).toEqual({ clientUpdated: { client: { owner: { name: 'Boris Operator' } }, activity: { type: 'OWNER_CHANGED', summary: 'Owner set to Boris Operator' } } });
    await settle(100);
    expect(foreign.received[0]?.errors?.[0]?.message).toBe('No such client.');
  });
});

describe('merge', () => {
  it('finds clients sharing a phone or e-mail and unites them into the survivor', async () => {
    const [survivor, merged] = [clients[3]!, clients[4]!];
    await mutate('updateClient', 'UpdateClientInput', { clientId: survivor, phone: '+7 900 555-00-11' });
    await mutate('updateClient', 'UpdateClientInput', { clientId: merged, phone: '79005550011', email: 'twin@example.com', country: 'Kazakhstan' });
    const candidates: any = await api.gql('query($id: ID!) { client(id: $id) { duplicates { id } } }', { id: survivor }, anna);
    expect(candidates.data.client.duplicates).toEqual([{ id: merged }]);

    const tag: any = await api.gql('mutation { createLabel(input: { kind: TAG, name: "Twin" }) { label { id } } }', {}, anna);
    await api.gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { code } } }', { i: { clientIds: [merged], labelIds: [tag.data.createLabel.label.id] } }, anna);
    const funnel: any = await api.gql('mutation { createFunnel(input: { name: "Merge", stages: ["A"] }) { funnel { id } } }', {}, manager);
    await api.gql('mutation($i: CreateDealInput!) { createDeal(input: $i) { userErrors { code } } }', { i: { clientId: merged, funnelId: funnel.data.createFunnel.funnel.id, title: 'Twin deal' } }, anna);
    await api.gql('mutation($i: AddClientNoteInput!) { addClientNote(input: $i) { userErrors { code } } }', { i: { clientId: merged, text: 'Prefers calls' } }, anna);

    expect((await mutate('mergeClients', 'MergeClientsInput', { survivorId: survivor, mergedId: survivor }, anna, 'client { id }')).userErrors[0].code).toBe('INVALID_INPUT');
    expect((await mutate('mergeClients', 'MergeClientsInput', { survivorId: survivor, mergedId: merged }, stranger, 'client { id }')).userErrors[0].code).toBe('NOT_FOUND');
    const result = await mutate('mergeClients', 'MergeClientsInput', { survivorId: survivor, mergedId: merged }, anna, 'client { id phone email country tags { name } deals { edges { node { title } } } notes { edges { node { text } } } channels { platformId } duplicates { id } }');
    expect(result.userErrors).toEqual([]);
    // The survivor keeps its own phone and e-mail and takes what it lacked (the country).
    expect(result.client).toMatchObject({ phone: '+7 900 555-00-11', country: 'Kazakhstan', tags: [{ name: 'Twin' }], deals: { edges: [{ node: { title: 'Twin deal' } }] }, duplicates: [] });
    expect(result.client.notes.edges.map((e: any) => e.node.text)).toEqual(['Prefers calls']);
    expect(result.client.channels).toHaveLength(2);
    // The merged client's conversation now belongs to the survivor; the merged client is deleted.
    const conversation: any = await api.gql('query($id: ID!) { conversation(id: $id) { client { id } } }', { id: conversations[4] }, anna);
    expect(conversation.data.conversation.client.id).toBe(survivor);
    const gone: any = await api.gql('query($id: ID!) { client(id: $id) { deletedAt } }', { id: merged }, anna);
    expect(gone.data.client.deletedAt).not.toBeNull();
    expect((await history(survivor))[0]).toMatchObject({ type: 'MERGED', actor: { name: 'Anna Operator' } });
    expect((await mutate('mergeClients', 'MergeClientsInput', { survivorId: survivor, mergedId: merged }, anna, 'client { id }')).userErrors[0].code).toBe('CONFLICT');
  });

  it('gives the survivor the merged client’s real name over a visitor placeholder, never the other way', async () => {
    const visitor = async (name?: string) => {
      const started: any = await api.gql('mutation($i: WidgetStartInput!) { widgetStart(input: $i) { session { visitorToken } } }', { i: { publicKey: 'demo-shop', name } });
      const token = started.data.widgetStart.session.visitorToken;
      await api.gql('mutation($i: WidgetSendInput!) { widgetSend(input: $i) { message { id } } }', { i: { text: 'Hi', idempotencyKey: 'merge-name' } }, `Visitor ${token}`);
      const found: any = await api.gql('{ conversations(first: 1) { edges { node { client { id name } } } } }', {}, anna);
      return found.data.conversations.edges[0].node.client as { id: string; name: string };
    };
    const anonymous = await visitor();
    expect(anonymous.name).toMatch(/^Visitor [0-9a-f]{6}$/);
    const named = await visitor('Olga Petrova');
    const merged = await mutate('mergeClients', 'MergeClientsInput', { survivorId: anonymous.id, mergedId: named.id }, anna, 'client { name }');
    expect(merged.client.name).toBe('Olga Petrova');
    expect((await history(named.id))[0]).toMatchObject({ type: 'MERGED', summary: 'Merged into Olga Petrova' });

    // A real name stays, whatever the other client is called.
    const other = await visitor();
    expect((await mutate('mergeClients', 'MergeClientsInput', { survivorId: anonymous.id, mergedId: other.id }, anna, 'client { name }')).client.name).toBe('Olga Petrova');
  });

  it('finds the duplicates of many clients in one statement, each match once', async () => {
    const [a, b, c, d] = [clients[0]!, clients[1]!, clients[2]!, clients[5]!];
    await mutate('updateClient', 'UpdateClientInput', { clientId: a, phone: '+7 911 000-11-22', email: 'same@example.com' });
    await mutate('updateClient', 'UpdateClientInput', { clientId: b, phone: '79110001122', email: '' });
    await mutate('updateClient', 'UpdateClientInput', { clientId: c, phone: '7 911 000 11 22', email: 'SAME@example.com' });
    await mutate('updateClient', 'UpdateClientInput', { clientId: d, phone: '+7 922 333-44-55', email: '' });
    const duplicatesOf = async (ids: string[]) => {
      const result: any = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { id duplicates { id } } } }', { ids }, anna);
      return Object.fromEntries(result.data.nodes.map((node: any) => [node.id, node.duplicates.map((dup: any) => dup.id).sort()]));
    };
    expect(await duplicatesOf([a, b, c, d])).toEqual({ [a]: [b, c].sort(), [b]: [a, c].sort(), [c]: [a, b].sort(), [d]: [] });
    const two = await api.countQueries(() => duplicatesOf([a, d]));
    const four = await api.countQueries(() => duplicatesOf([a, b, c, d]));
    expect(four).toBe(two);
  });
});

describe('archive, black list, delete and purge', () => {
  it('archives a client with its conversations, and blocks and unblocks it, recording each step', async () => {
    const archived = await mutate('archiveClient', 'ClientInput', { clientId: clients[5] });
    expect(archived.client.archived).toBe(true);
    const conversation: any = await api.gql('query($id: ID!) { conversation(id: $id) { archived } }', { id: conversations[5] }, anna);
    expect(conversation.data.conversation.archived).toBe(true);
    await mutate('unarchiveClient', 'ClientInput', { clientId: clients[5] });
    await mutate('blockClient', 'ClientInput', { clientId: clients[5] }, anna, 'client { id }');
    await mutate('unblockClient', 'ClientInput', { clientId: clients[5] }, anna, 'client { id }');
    expect((await history(clients[5]!)).slice(0, 4).map((entry) => entry.type)).toEqual(['UNBLOCKED', 'BLOCKED', 'UNARCHIVED', 'ARCHIVED']);
  });

  it('deletes softly (managers), restores, comes back when the client writes, and purges for good (owners)', async () => {
    expect((await mutate('deleteClient', 'ClientInput', { clientId: clients[5] })).userErrors[0].code).toBe('FORBIDDEN');
    expect((await mutate('purgeClient', 'ClientInput', { clientId: clients[5] }, owner, 'purgedClientId')).userErrors[0].code).toBe('CONFLICT');
    const deleted = await mutate('deleteClient', 'ClientInput', { clientId: clients[5] }, manager);
    expect(deleted.client.deletedAt).not.toBeNull();
    expect((await mutate('restoreClient', 'ClientInput', { clientId: clients[5] }, manager)).client.deletedAt).toBeNull();

    await mutate('deleteClient', 'ClientInput', { clientId: clients[5] }, manager);
    const em = api.app.orm.em.fork();
    const [channel] = await em.getConnection().execute('select id from client_channel where client_id = ?', [idOf('Client', clients[5]!)]);
    await receiveClientMessage(api.app, em, { clientChannelId: channel!.id, text: 'I am back', dedupeKey: 'back-1' });
    expect((await history(clients[5]!)).slice(0, 2).map((entry) => entry.summary)).toEqual(['Client restored: they wrote again', 'Client deleted']);

    await mutate('deleteClient', 'ClientInput', { clientId: clients[5] }, manager);
    expect((await mutate('purgeClient', 'ClientInput', { clientId: clients[5] }, manager, 'purgedClientId')).userErrors[0].code).toBe('FORBIDDEN');
    expect(await mutate('purgeClient', 'ClientInput', { clientId: clients[5] }, owner, 'purgedClientId')).toEqual({ purgedClientId: clients[5], userErrors: [] });
    const id = idOf('Client', clients[5]!);
    const left = await em.getConnection().execute(
      `select (select count(*) from client where id = ?)::int + (select count(*) from conversation where client_id = ?)::int + (select count(*) from client_activity where client_id = ?)::int as n`,
      [id, id, id],
    );
    expect(left[0]!.n).toBe(0);
    expect(((await api.gql('query($id: ID!) { conversation(id: $id) { id } }', { id: conversations[5] }, anna)) as any).data.conversation).toBeNull();
  });
});

// Last: the purge above took its client's entries (archive, block, delete, restore) with it.
it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['PROFILE_UPDATED', 'OWNER_CHANGED', 'MERGED']));
});
