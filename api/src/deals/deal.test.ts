import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';

let api: TestApi;
let anna: string;
let manager: string;
let stranger: string;
let clients: string[];
let conversations: string[];
let operators: Record<string, string>;
let funnel: any;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 3 });
  await api.seed({ clients: 1, emailDomain: 'other.test', projectName: 'Other', widgetKey: 'other-widget' });
  anna = await api.login('anna@demo.test', 'demo-operator');
  manager = await api.login('manager@demo.test', 'demo-manager');
  stranger = await api.login('owner@other.test', 'demo-owner');
  const list: any = await api.gql('{ conversations(first: 10) { edges { node { id client { id } } } } }', {}, anna);
  clients = list.data.conversations.edges.map((edge: any) => edge.node.client.id);
  conversations = list.data.conversations.edges.map((edge: any) => edge.node.id);
  const team: any = await api.gql('{ operators { id name } }', {}, anna);
  operators = Object.fromEntries(team.data.operators.map((o: any) => [o.name.split(' ')[0].toLowerCase(), o.id]));
});
afterAll(() => api?.stop());

const funnelFields = 'funnel { id name stages { id name position responsible { name } } } userErrors { code field }';
const dealFields = 'deal { id title budget currency status closedAt stage { name } funnel { name } responsible { name } variables { key value } } userErrors { code field message }';
const call = async (mutation: string, type: string, input: object, fields: string, token = anna) =>
  ((await api.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { ${fields} } }`, { i: input }, token)) as any).data[mutation];

describe('funnels', () => {
  it('are created with ordered stages, renamed, extended and reordered by managers', async () => {
    expect((await call('createFunnel', 'CreateFunnelInput', { name: 'Sales', stages: ['New'] }, funnelFields)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    expect((await call('createFunnel', 'CreateFunnelInput', { name: 'Sales', stages: [] }, funnelFields, manager)).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'stages' }]);
    funnel = (await call('createFunnel', 'CreateFunnelInput', { name: 'Sales', stages: ['New', 'Offer', 'Invoice'] }, funnelFields, manager)).funnel;
    expect(funnel.stages.map((s: any) => s.name)).toEqual(['New', 'Offer', 'Invoice']);
    await call('addFunnelStage', 'AddFunnelStageInput', { funnelId: funnel.id, name: 'Paid' }, funnelFields, manager);
    const [fresh, offer, invoice, paid] = (await call('renameFunnel', 'UpdateFunnelInput', { funnelId: funnel.id, name: 'Sales B2C' }, funnelFields, manager)).funnel.stages;
    const reordered = await call('reorderFunnelStages', 'ReorderFunnelStagesInput', { funnelId: funnel.id, stageIds: [fresh.id, invoice.id, offer.id, paid.id] }, funnelFields, manager);
    expect(reordered.funnel).toMatchObject({ name: 'Sales B2C' });
    expect(reordered.funnel.stages.map((s: any) => s.name)).toEqual(['New', 'Invoice', 'Offer', 'Paid']);
    expect((await call('reorderFunnelStages', 'ReorderFunnelStagesInput', { funnelId: funnel.id, stageIds: [fresh.id, invoice.id] }, funnelFields, manager)).userErrors).toEqual([
      { code: 'INVALID_INPUT', field: 'stageIds' },
    ]);
    // Deals at "Paid" go to Boris.
    const updated = await call('updateFunnelStage', 'UpdateFunnelStageInput', { stageId: paid.id, responsibleId: operators.boris }, funnelFields, manager);
    expect(updated.funnel.stages.find((s: any) => s.name === 'Paid').responsible).toEqual({ name: 'Boris Operator' });
    funnel = updated.funnel;
  });
});

describe('deals', () => {
  it('are created for a client at the funnel’s first stage, with checked budget, currency and variables', async () => {
    await call('createVariableDefinition', 'CreateVariableDefinitionInput', { scope: 'DEAL', key: 'seats', name: 'Seats', type: 'NUMBER' }, 'userErrors { code }', manager);
    const bad = await call('createDeal', 'CreateDealInput', { clientId: clients[0], funnelId: funnel.id, title: 'Sofa', budget: '12,5,0' }, dealFields);
    expect(bad.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'budget', message: 'The budget must be an amount like 1500 or 99.90.' }]);
    expect((await call('createDeal', 'CreateDealInput', { clientId: clients[0], funnelId: funnel.id, title: 'Sofa', variables: [{ key: 'seats', value: 'three' }] }, dealFields)).userErrors[0].field).toBe('values.0.value');
    const created = await call('createDeal', 'CreateDealInput', { clientId: clients[0], funnelId: funnel.id, title: 'Sofa', budget: '1500', currency: 'usd', variables: [{ key: 'seats', value: '3' }] }, dealFields);
    expect(created).toMatchObject({
      deal: { title: 'Sofa', budget: '1500.00', currency: 'USD', status: 'OPEN', stage: { name: 'New' }, funnel: { name: 'Sales B2C' }, responsible: { name: 'Anna Operator' }, variables: [{ key: 'seats', value: '3' }] },
      userErrors: [],
    });
    const card: any = await api.gql('query($id: ID!) { client(id: $id) { deals(status: OPEN) { edges { node { title } } } stages { funnel { name } stage { name } deal { title } } } }', { id: clients[0] }, anna);
    expect(card.data.client).toEqual({ deals: { edges: [{ node: { title: 'Sofa' } }] }, stages: [{ funnel: { name: 'Sales B2C' }, stage: { name: 'New' }, deal: { title: 'Sofa' } }] });
  });

  it('move between stages as timeline events; a stage’s responsible employee takes over; close as won or lost', async () => {
    const deal = (await call('createDeal', 'CreateDealInput', { clientId: clients[1], funnelId: funnel.id, title: 'Kitchen', budget: '990.90' }, dealFields)).deal;
    const paid = funnel.stages.find((s: any) => s.name === 'Paid');
    const offer = funnel.stages.find((s: any) => s.name === 'Offer');
    expect((await call('moveDeal', 'MoveDealInput', { dealId: deal.id, stageId: offer.id }, dealFields)).deal).toMatchObject({ stage: { name: 'Offer' }, responsible: { name: 'Anna Operator' } });
    expect((await call('moveDeal', 'MoveDealInput', { dealId: deal.id, stageId: paid.id }, dealFields)).deal).toMatchObject({ stage: { name: 'Paid' }, responsible: { name: 'Boris Operator' } });
    const timeline: any = await api.gql('query($id: ID!) { conversation(id: $id) { timeline(first: 10) { edges { node { __typename ... on ClientActivity { type summary actor { name } } } } } } }', { id: conversations[1] }, anna);
    const events = timeline.data.conversation.timeline.edges.map((e: any) => e.node).filter((n: any) => n.__typename === 'ClientActivity');
    expect(events.slice(0, 3)).toEqual([
      { __typename: 'ClientActivity', type: 'DEAL_STAGE_CHANGED', summary: 'Deal "Kitchen": Offer → Paid', actor: { name: 'Anna Operator' } },
      { __typename: 'ClientActivity', type: 'DEAL_STAGE_CHANGED', summary: 'Deal "Kitchen": New → Offer', actor: { name: 'Anna Operator' } },
      { __typename: 'ClientActivity', type: 'DEAL_CREATED', summary: 'Deal "Kitchen" created in Sales B2C: New', actor: { name: 'Anna Operator' } },
    ]);

    expect((await call('closeDeal', 'CloseDealInput', { dealId: deal.id, status: 'WON' }, dealFields)).deal).toMatchObject({ status: 'WON' });
    expect((await call('moveDeal', 'MoveDealInput', { dealId: deal.id, stageId: offer.id }, dealFields)).userErrors).toEqual([{ code: 'CONFLICT', field: 'dealId', message: 'The deal is closed; reopen it first.' }]);
    const second = (await call('createDeal', 'CreateDealInput', { clientId: clients[1], funnelId: funnel.id, title: 'Chairs', budget: '100' }, dealFields)).deal;
    await call('closeDeal', 'CloseDealInput', { dealId: second.id, status: 'WON' }, dealFields);
    const third = (await call('createDeal', 'CreateDealInput', { clientId: clients[1], funnelId: funnel.id, title: 'Lamp', budget: '50' }, dealFields)).deal;
    await call('closeDeal', 'CloseDealInput', { dealId: third.id, status: 'LOST' }, dealFields);
    const card: any = await api.gql('query($id: ID!) { client(id: $id) { sales { currency count amount } closed: deals(status: WON) { edges { node { title status } } } stages { stage { name } } } }', { id: clients[1] }, anna);
    expect(card.data.client.sales).toEqual([{ currency: 'RUB', count: 2, amount: 1090.9 }]);
    expect(card.data.client.closed.edges.map((e: any) => e.node.title).sort()).toEqual(['Chairs', 'Kitchen', 'Lamp']);
    expect(card.data.client.stages).toEqual([]);
    expect((await call('reopenDeal', 'DealInput', { dealId: third.id }, dealFields)).deal.status).toBe('OPEN');
  });

  it('filter the inbox by funnel and stage of open deals', async () => {
    const offer = funnel.stages.find((s: any) => s.name === 'Offer');
    const filter = async (conditions: object[]) =>
      (((await api.gql('query($f: ConversationFilter) { conversations(first: 50, filter: $f) { edges { node { client { id } } } } }', { f: { conditions } }, anna)) as any).data.conversations
        .edges as any[]).map((edge) => edge.node.client.id).sort();
    expect(await filter([{ field: 'FUNNEL', anyOf: [funnel.id] }])).toEqual([clients[0], clients[1]].sort());
    const sofa: any = await api.gql('query($id: ID!) { client(id: $id) { deals { edges { node { id } } } } }', { id: clients[0] }, anna);
    await call('moveDeal', 'MoveDealInput', { dealId: sofa.data.client.deals.edges[0].node.id, stageId: offer.id }, dealFields);
    expect(await filter([{ field: 'STAGE', anyOf: [offer.id] }])).toEqual([clients[0]]);
  });

  it('belong to their project only', async () => {
    const deal: any = await api.gql('query($id: ID!) { client(id: $id) { deals { edges { node { id } } } } }', { id: clients[0] }, anna);
    const dealId = deal.data.client.deals.edges[0].node.id;
    expect((await call('closeDeal', 'CloseDealInput', { dealId, status: 'LOST' }, dealFields, stranger)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'dealId', message: 'No such deal.' }]);
    expect((await call('createDeal', 'CreateDealInput', { clientId: clients[0], funnelId: funnel.id, title: 'x' }, dealFields, stranger)).userErrors[0].code).toBe('NOT_FOUND');
    const funnels: any = await api.gql('{ funnels { id } }', {}, stranger);
    expect(funnels.data.funnels).toEqual([]);
    expect(((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: dealId }, stranger)) as any).data.node).toBeNull();
  });
});

describe('deleting funnels and stages', () => {
  const stagesFields = 'funnel { stages { id name position dealCount } } userErrors { code field message }';
  const deleteStage = (input: object, token = manager) => call('deleteFunnelStage', 'DeleteFunnelStageInput', input, stagesFields, token);
  const deleteFunnel = (funnelId: string, token = manager) => call('deleteFunnel', 'DeleteFunnelInput', { funnelId }, 'deletedId userErrors { code field message }', token);
  const stageNamed = async (name: string) => {
    const funnels: any = await api.gql('{ funnels { id stages { id name position dealCount } } }', {}, manager);
    return funnels.data.funnels.find((f: any) => f.id === funnel.id).stages.find((s: any) => s.name === name);
  };

  it('refuses a stage holding deals until they have another stage of the funnel to go to', async () => {
    const offer = await stageNamed('Offer');
    expect(offer.dealCount).toBe(1);
    expect((await deleteStage({ stageId: offer.id }, anna)).userErrors[0].code).toBe('FORBIDDEN');
    expect((await deleteStage({ stageId: offer.id }, stranger)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'stageId', message: 'No such stage.' }]);
    expect((await deleteStage({ stageId: offer.id })).userErrors).toEqual([
      { code: 'CONFLICT', field: 'moveDealsToStageId', message: 'The stage holds a deal: choose the stage they move to.' },
    ]);
    expect((await deleteStage({ stageId: offer.id, moveDealsToStageId: offer.id })).userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'moveDealsToStageId' });
    const other = (await call('createFunnel', 'CreateFunnelInput', { name: 'Rent', stages: ['Asked'] }, funnelFields, manager)).funnel;
    expect((await deleteStage({ stageId: offer.id, moveDealsToStageId: other.stages[0].id })).userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'moveDealsToStageId' });
    expect((await stageNamed('Offer')).dealCount).toBe(1);
  });

  it('moves the deals of a deleted stage, open and closed, with a history entry each; the later stages move up', async () => {
    // New holds Chairs (won) and Lamp (reopened); Paid hands open deals to Boris.
    const fresh = await stageNamed('New');
    const paid = await stageNamed('Paid');
    expect(fresh.dealCount).toBe(2);
    const result = await deleteStage({ stageId: fresh.id, moveDealsToStageId: paid.id });
    expect(result.userErrors).toEqual([]);
    expect(result.funnel.stages.map((s: any) => [s.name, s.position, s.dealCount])).toEqual([
      ['Invoice', 0, 0],
      ['Offer', 1, 1],
      ['Paid', 2, 3],
    ]);
    const card: any = await api.gql('query($id: ID!) { client(id: $id) { deals { edges { node { title status stage { name } responsible { name } } } } activity(first: 5) { edges { node { type summary } } } } }', { id: clients[1] }, anna);
    const deals = card.data.client.deals.edges.map((e: any) => e.node);
    expect(deals.find((d: any) => d.title === 'Lamp')).toEqual({ title: 'Lamp', status: 'OPEN', stage: { name: 'Paid' }, responsible: { name: 'Boris Operator' } });
    expect(deals.find((d: any) => d.title === 'Chairs')).toEqual({ title: 'Chairs', status: 'WON', stage: { name: 'Paid' }, responsible: { name: 'Anna Operator' } });
    const summaries = card.data.client.activity.edges.map((e: any) => e.node.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Deal "Lamp": New → Paid (stage deleted)', 'Deal "Chairs": New → Paid (stage deleted)']));
  });

  it('keeps a funnel’s last stage, and deletes only funnels without deals', async () => {
    const tiny = (await call('createFunnel', 'CreateFunnelInput', { name: 'Tiny', stages: ['Only'] }, funnelFields, manager)).funnel;
    expect((await deleteStage({ stageId: tiny.stages[0].id })).userErrors).toEqual([{ code: 'CONFLICT', field: 'stageId', message: 'A funnel keeps at least one stage.' }]);
    expect((await deleteFunnel(tiny.id, anna)).userErrors[0].code).toBe('FORBIDDEN');
    expect((await deleteFunnel(tiny.id, stranger)).userErrors[0].code).toBe('NOT_FOUND');
    expect((await deleteFunnel(funnel.id)).userErrors).toEqual([{ code: 'CONFLICT', field: 'funnelId', message: 'The funnel holds 4 deals; a funnel with deals cannot be deleted.' }]);
    expect(await deleteFunnel(tiny.id)).toEqual({ deletedId: tiny.id, userErrors: [] });
    const funnels: any = await api.gql('{ funnels { name } }', {}, anna);
    expect(funnels.data.funnels.map((f: any) => f.name)).toEqual(['Sales B2C', 'Rent']);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON']));
});
