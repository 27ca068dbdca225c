// The full client card (the document `npm run bench` times) loads in a small, fixed number of SQL statements,
// however much the client has: every list on the card is read with one statement for all its rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullCardQuery } from '../../bench/card-query.ts';
import { startTestApi, type TestApi, nodes } from '../../test/harness.ts';

let api: TestApi;
let anna: string;
let boris: string;
let manager: string;
let ids: Record<string, string>;
/** Clients of the seed whose conversation Anna has and whose messages only Anna wrote (no other operator shows up). */
let rich: { client: string; conversation: string };
let sparse: { client: string; conversation: string };
/** A client with nothing but its seeded conversation. */
let bare: { client: string; conversation: string };
let tags: string[];
let lists: string[];
let funnels: Record<string, { id: string; stages: Record<string, string> }>;

// Measured: 17 statements for a card with something of every kind, in four rounds: the token; the client and the
// conversation; 10 at once (the timeline page, which brings its messages, events, comments and history rows along,
// notes, history, duplicates, and one per list: owner, channels, labels, variable definitions, deals (the current
// stages come from them), tasks); then one per relation of those rows (the channel, stages, funnels, and the
// operators not loaded yet). A card with nothing but messages takes 14. A statement per row would break the bound.
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
  [anna, boris, manager] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
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
