// The full client card (the document `npm run bench` times) loads in a small, fixed number of SQL statements,
// however much the client has: every list on the card is read with one statement for all its rows.
import { parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullCardQuery } from '../../bench/card-query.ts';
import { startTestApi, type TestApi, nodes } from '../../test/harness.ts';

let api: TestApi;
let anna: string;
let boris: string;
let manager: string;
/** The owner of another project. */
let outsider: string;
let ids: Record<string, string>;
/** Clients of the seed whose conversation Anna has and whose messages only Anna wrote (no other operator shows up). */
let rich: { client: string; conversation: string };
let sparse: { client: string; conversation: string };
/** A client with nothing but its seeded conversation. */
let bare: { client: string; conversation: string };
let tags: string[];
let lists: string[];
let funnels: Record<string, { id: string; stages: Record<string, string> }>;

// Measured: 2 statements (the token cached) for a card with something of every kind and for one with nothing but
// messages: `client(id:)` reads the client with every list the card shows and the operators they name
// (client-card.ts), `conversation(id:)` itself with its timeline's first page and its operators
// (conversation-with-timeline.ts); the field resolvers find it all in the loaders. Before, 17 (14 for a bare card):
// the token, then a statement per list and per relation. A statement per list or per row would break the bound.
const maxStatements = 2;

const call = async (mutation: string, type: string, input: object, token = anna, fields = 'userErrors { code field message }') => {
  const result: any = await api.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { ${fields} } }`, { i: input }, token);
  const data = result.data?.[mutation];
  if (!data || data.userErrors?.length) throw new Error(`${mutation}: ${JSON.stringify(result)}`);
  return data;
};

const card = (of: { client: string; conversation: string }) => api.gql(fullCardQuery, { client: of.client, conversation: of.conversation }, anna);

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 8 });
  await api.seed({ clients: 2, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  [anna, boris, manager, outsider] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const team: any = await api.gql('{ operators { id name } }', {}, anna);
  ids = Object.fromEntries(team.data.operators.map((o: any) => [o.name.split(' ')[0].toLowerCase(), o.id]));
  const list: any = await api.gql(
    `{ conversations(first: 20, filter: { section: ALL }) { edges { node { id assignee { name } client { id }
       timeline(first: 50) { edges { node { ... on Message { author { name } } } } } } } } }`,
    {},
    anna,
  );
  const conversations = list.data.conversations.edges.map((edge: any) => ({
    client: edge.node.client.id as string,
    conversation: edge.node.id as string,
    assignee: edge.node.assignee?.name as string | undefined,
    authors: new Set(edge.node.timeline.edges.map((e: any) => e.node.author?.name).filter(Boolean)),
  }));
  const annas = conversations.filter((c: any) => c.assignee === 'Anna Operator' && [...c.authors].every((name) => name === 'Anna Operator'));
  [rich, sparse] = annas;
  bare = conversations.find((c: any) => c !== rich && c !== sparse)!;
  expect(rich && sparse && bare).toBeTruthy();

  tags = [];
  for (const [name, color] of [['VIP', '#d4380d'], ['wholesale', '#389e0d'], ['returning', '#1677ff'], ['newsletter', '#722ed1']]) {
    tags.push((await call('createLabel', 'CreateLabelInput', { kind: 'TAG', name, color }, anna, 'label { id } userErrors { code field message }')).label.id);
  }
  lists = [];
  for (const name of ['Spring campaign', 'Call back']) {
    lists.push((await call('createLabel', 'CreateLabelInput', { kind: 'LIST', name }, anna, 'label { id } userErrors { code field message }')).label.id);
  }
  for (const [key, type] of [['company', 'TEXT'], ['orders', 'NUMBER'], ['birthday', 'DATE'], ['wholesale', 'BOOLEAN']]) {
    await call('createVariableDefinition', 'CreateVariableDefinitionInput', { scope: 'CLIENT', key, name: key, type }, manager);
  }
  funnels = {};
  for (const [name, stages] of [['Sales', ['New', 'Offer', 'Invoice']], ['Service', ['Request', 'Done']]] as const) {
    const { funnel } = await call('createFunnel', 'CreateFunnelInput', { name, stages }, manager, 'funnel { id stages { id name } } userErrors { code field message }');
    funnels[name] = { id: funnel.id, stages: Object.fromEntries(funnel.stages.map((stage: any) => [stage.name, stage.id])) };
  }
  // A client sharing the rich client's phone: a duplicate on its card.
  const other = conversations.find((c: any) => ![rich, sparse, bare].includes(c))!;
  await call('updateClient', 'UpdateClientInput', { clientId: other.client, phone: '+7 900 555-00-11' });

  await fill(rich, 'rich');
  await fill(sparse, 'sparse');
});
afterAll(() => api?.stop());

/**
 * Gives a client a card with something of every kind: the rich one several of each (4 tags, 2 lists, 4 variables,
 * 3 deals in 2 funnels, 3 tasks, notes, comments, events, messages and history past the 20 shown), the sparse one
 * one of each. Only Anna (the owner, loaded first) and Boris appear on them: an operator is read in whichever later
 * round first asks for it, so with a third one the count would depend on which list's rows came back first. For
 * the same reason every deal's stage is also a current stage.
 */
async function fill(of: { client: string; conversation: string }, size: 'rich' | 'sparse') {
  const many = size === 'rich';
  await call('updateClient', 'UpdateClientInput', {
    clientId: of.client,
    country: 'Russia',
    email: `${size}@example.com`,
    ...(many ? { phone: '+7 (900) 555-00-11', tracking: { source: 'google', campaign: 'spring', ad: 'sofa-1', adSet: 'sofas', tag: 'q2' } } : {}),
  });
  await call('takeClient', 'ClientInput', { clientId: of.client });
  await call('addClientLabels', 'ClientLabelsInput', { clientIds: [of.client], labelIds: many ? [...tags, ...lists] : [tags[0], lists[0]] });
  await call('setClientVariables', 'SetClientVariablesInput', {
    clientId: of.client,
    values: many
      ? [{ key: 'company', value: 'Acme' }, { key: 'orders', value: '12' }, { key: 'birthday', value: '1990-05-01' }, { key: 'wholesale', value: 'true' }]
      : [{ key: 'company', value: 'Solo' }],
  });
  const deal = async (funnel: string, title: string, budget: string) =>
    (await call('createDeal', 'CreateDealInput', { clientId: of.client, funnelId: funnels[funnel]!.id, title, budget, responsibleId: ids.boris }, anna, 'deal { id } userErrors { code field message }')).deal.id;
  // Every deal's stage is also a current stage, so which of deals and stages loads first changes nothing.
  const sofa = await deal('Sales', 'Sofa', '1500');
  await call('moveDeal', 'MoveDealInput', { dealId: sofa, stageId: funnels.Sales!.stages.Offer }, boris);
  if (many) {
    const chairs = await deal('Sales', 'Chairs', '300.50');
    await call('moveDeal', 'MoveDealInput', { dealId: chairs, stageId: funnels.Sales!.stages.Offer });
    await call('closeDeal', 'CloseDealInput', { dealId: chairs, status: 'WON' });
    await deal('Service', 'Assembly', '100');
  }
  const tasks = many ? ['Call back', 'Send the invoice', 'Check the delivery'] : ['Call back'];
  for (const [n, title] of tasks.entries()) {
    const { task } = await call('createTask', 'CreateTaskInput', { clientId: of.client, title, priority: n ? 'HIGH' : 'NORMAL', dueAt: new Date(Date.now() + (n ? n : -1) * 86_400_000).toISOString(), assigneeId: ids.boris }, anna, 'task { id } userErrors { code field message }');
    if (n === 2) await call('completeTask', 'TaskInput', { taskId: task.id }, boris);
  }
  for (let n = 0; n < (many ? 4 : 1); n++) {
    await call('addClientNote', 'AddClientNoteInput', { clientId: of.client, text: `Note ${n}` }, n % 2 ? boris : anna, 'comment { id } userErrors { code field message }');
    await call('addComment', 'AddCommentInput', { conversationId: of.conversation, text: `Comment ${n}` }, n % 2 ? boris : anna, 'comment { id } userErrors { code field message }');
  }
  // Handed to Boris and back, closed and reopened: events in the timeline.
  await call('assignConversation', 'AssignConversationInput', { conversationId: of.conversation, operatorId: ids.boris, comment: 'Deliveries are his' });
  await call('assignConversation', 'AssignConversationInput', { conversationId: of.conversation, operatorId: ids.anna }, boris);
  if (many) {
    await call('closeConversation', 'ConversationInput', { conversationId: of.conversation });
    await call('reopenConversation', 'ConversationInput', { conversationId: of.conversation });
  }
  for (let n = 0; n < (many ? 6 : 1); n++) {
    await call('sendMessage', 'SendMessageInput', { conversationId: of.conversation, text: `Reply ${n}` }, n % 2 ? boris : anna, 'message { id } userErrors { code field message }');
  }
}

describe('the full client card', () => {
  it('shows everything the client has', async () => {
    const result: any = await card(rich);
    expect(result.errors).toBeUndefined();
    const client = result.data.client;
    expect(client).toMatchObject({
      country: 'Russia',
      owner: { name: 'Anna Operator' },
      ownedByMe: true,
      tracking: { source: 'google', campaign: 'spring', ad: 'sofa-1', adSet: 'sofas', tag: 'q2' },
      sourceChannel: { kind: 'WEBCHAT' },
      sales: [{ currency: 'RUB', count: 1, amount: 300.5 }],
      botActive: true,
      blocked: false,
      archived: false,
    });
    expect(client.tags.map((t: any) => t.name)).toEqual(['newsletter', 'returning', 'VIP', 'wholesale']);
    expect(client.lists.map((l: any) => l.name)).toEqual(['Call back', 'Spring campaign']);
    expect(client.variables.filter((v: any) => !v.system).map((v: any) => v.value)).toEqual(['Acme', '12', '1990-05-01', 'true']);
    expect(nodes(client.deals).map((d: any) => [d.title, d.status, d.funnel.name, d.stage.name, d.responsible?.name])).toEqual([
      ['Assembly', 'OPEN', 'Service', 'Request', 'Boris Operator'],
      ['Chairs', 'WON', 'Sales', 'Offer', 'Boris Operator'],
      ['Sofa', 'OPEN', 'Sales', 'Offer', 'Boris Operator'],
    ]);
    expect(client.stages.map((s: any) => `${s.funnel.name}: ${s.stage.name}`).sort()).toEqual(['Sales: Offer', 'Service: Request']);
    expect(client.tasks.map((t: any) => [t.title, t.overdue, t.assignee.name])).toEqual([
      ['Call back', true, 'Boris Operator'],
      ['Send the invoice', false, 'Boris Operator'],
    ]);
    expect(client.notes.edges.map((e: any) => e.node.text)).toEqual(['Comment 3', 'Note 3', 'Comment 2', 'Note 2', 'Comment 1']);
    expect(client.activity.edges).toHaveLength(5);
    expect(client.duplicates).toHaveLength(1);
    const timeline = result.data.conversation.timeline;
    expect(timeline.edges).toHaveLength(20);
    expect(timeline.pageInfo.hasNextPage).toBe(true);
    expect(new Set(timeline.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['Message', 'Comment', 'ConversationEvent', 'ClientActivity']));
  });

  it('takes the same small number of SQL statements for a rich card as for a sparse one (no N+1)', async () => {
    const sparseCard: any = await card(sparse);
    expect(sparseCard.errors).toBeUndefined();
    expect(nodes(sparseCard.data.client.deals)).toHaveLength(1);
    expect(new Set(sparseCard.data.conversation.timeline.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['Message', 'Comment', 'ConversationEvent', 'ClientActivity']));

    const richCount = await api.countQueries(() => card(rich));
    const sparseCount = await api.countQueries(() => card(sparse));
    const bareCount = await api.countQueries(() => card(bare));
    // The same bound for both: the rich card's several rows of each kind would each add statements with an N+1.
    // (Under load two rounds of loads can land in one batch: a card may take one statement fewer, never more.)
    expect(richCount).toBeLessThanOrEqual(maxStatements);
    expect(sparseCount).toBeLessThanOrEqual(maxStatements);
    expect(bareCount).toBeLessThanOrEqual(maxStatements);
  });
});

// The card's two root fields' selections, as fragments: read through `client(id:)` and `conversation(id:)` they are
// primed by one statement each; through `node(id:)` every field resolver reads for itself, as before the card's
// statements. With the fields that depend on the viewer's permissions (viewerCan…), and pages of other arguments
// than the card's (read by their resolvers).
const rootField = (name: string) =>
  (parse(fullCardQuery).definitions[0] as OperationDefinitionNode).selectionSet.selections.find((field): field is FieldNode => field.kind === 'Field' && field.name.value === name)!;
const clientFields = `fragment ClientFields on Client ${print(rootField('client').selectionSet!)}
fragment ViewerFields on Client {
  viewerCanTake viewerCanSetOwner
  tasks { id viewerCanEdit viewerCanDelete }
  notes(first: 5) { edges { node { id viewerCanEdit viewerCanDelete } } }
  twoNotes: notes(first: 2) { edges { cursor node { id text } } pageInfo { hasNextPage endCursor } }
  olderNotes: notes(first: 2, after: $after) { edges { node { id text } } }
  owners: activity(first: 3, types: [OWNER_CHANGED]) { edges { node { id type actor { name } } } }
}`;
const conversationFields = `fragment ConversationFields on Conversation ${print(rootField('conversation').selectionSet!)}
fragment ViewerFields on Conversation {
  timeline(first: 20) { edges { node { ... on Message { id viewerCanEdit viewerCanDelete } ... on Comment { id viewerCanEdit viewerCanDelete } } } }
  older: timeline(first: 3, after: $after) { edges { node { ... on Message { id } ... on Comment { id } } } }
}`;
const primedClient = `query($id: ID!, $after: String) { client(id: $id) { ...ClientFields ...ViewerFields } } ${clientFields}`;
const loadedClient = `query($id: ID!, $after: String) { node(id: $id) { ...ClientFields ...ViewerFields } } ${clientFields}`;
const primedConversation = `query($id: ID!, $after: String) { conversation(id: $id) { ...ConversationFields ...ViewerFields } } ${conversationFields}`;
const loadedConversation = `query($id: ID!, $after: String) { node(id: $id) { ...ConversationFields ...ViewerFields } } ${conversationFields}`;

describe("the card's statements", () => {
  it('answer every field, for viewers with and without the permissions, as the resolvers do by themselves', async () => {
    const after = ((await card(rich)) as any).data.conversation.timeline.pageInfo.endCursor;
    const notes: any = await api.gql('query($id: ID!) { client(id: $id) { notes(first: 1) { pageInfo { endCursor } } } }', { id: rich.client }, anna);
    const noteCursor = notes.data.client.notes.pageInfo.endCursor;
    for (const [who, token] of [['Anna, the owner', anna], ['Boris, an operator', boris], ['a manager', manager]] as const) {
      const primed: any = await api.gql(primedClient, { id: rich.client, after: noteCursor }, token);
      const loaded: any = await api.gql(loadedClient, { id: rich.client, after: noteCursor }, token);
      expect(primed.errors, who).toBeUndefined();
      expect(primed.data.client, who).toEqual(loaded.data.node);
      const timeline: any = await api.gql(primedConversation, { id: rich.conversation, after }, token);
      const timelineLoaded: any = await api.gql(loadedConversation, { id: rich.conversation, after }, token);
      expect(timeline.errors, who).toBeUndefined();
      expect(timeline.data.conversation, who).toEqual(timelineLoaded.data.node);
    }
    // What the viewers were compared on differs between them: Boris may not set the owner nor delete others' notes.
    const asBoris: any = await api.gql(primedClient, { id: rich.client, after: noteCursor }, boris);
    const asManager: any = await api.gql(primedClient, { id: rich.client, after: noteCursor }, manager);
    expect([asBoris.data.client.viewerCanSetOwner, asManager.data.client.viewerCanSetOwner]).toEqual([false, true]);
    expect(asBoris.data.client.notes.edges.some((edge: any) => !edge.node.viewerCanDelete)).toBe(true);
    expect(asManager.data.client.notes.edges.every((edge: any) => edge.node.viewerCanDelete)).toBe(true);
    expect(asBoris.data.client.olderNotes.edges.length).toBe(2);
    expect(asBoris.data.client.owners.edges.length).toBeGreaterThan(0);
    // The card's pages were primed (the history by type and the pages after a cursor are read by their resolvers).
    expect(await api.countQueries(() => api.gql(primedClient, { id: rich.client, after: noteCursor }, boris))).toBeLessThanOrEqual(3);
  });

  it("answers another project's client and conversation as null, as before", async () => {
    const foreign: any = await api.gql(fullCardQuery, { client: rich.client, conversation: rich.conversation }, outsider);
    expect(foreign).toEqual({ data: { client: null, conversation: null } });
    const byNode: any = await api.gql(loadedClient, { id: rich.client, after: null }, outsider);
    expect(byNode).toEqual({ data: { node: null } });
    const garbage: any = await api.gql(fullCardQuery, { client: 'nonsense', conversation: 'nonsense' }, anna);
    expect(garbage).toEqual({ data: { client: null, conversation: null } });
  });
});

