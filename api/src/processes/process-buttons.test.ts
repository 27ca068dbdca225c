// A process's MESSAGE and QUESTION blocks with library files and buttons, against the real dev server: the message
// carries both (to operators through the API, to the visitor through the widget), and a QUESTION that expects one of
// its buttons takes the pressed label (the visitor's message, sent the widget's way) as its answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, nodes, startTestApi, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';

let api: TestApi;
let manager: string;
let anna: string;
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 1 });
  manager = await api.login('manager@demo.test', 'demo-manager');
  anna = await api.login('anna@demo.test', 'demo-operator');
  const variable: any = await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "delivery", name: "Delivery", type: TEXT }) { userErrors { code } } }', {}, manager);
  expect(variable.data.createVariableDefinition.userErrors).toEqual([]);
}, 60_000);
afterAll(() => api?.stop());

async function libraryFile(name: string) {
  const owner = await api.login('owner@demo.test', 'demo-owner');
  const response = await fetch(`${api.url}/files?${new URLSearchParams({ name, library: '1' })}`, { method: 'POST', headers: { 'content-type': 'application/pdf', authorization: owner }, body: new Uint8Array(pdf) });
  expect(response.status).toBe(201);
  return ((await response.json()) as any).file.id as string;
}

async function newVisitor(name: string) {
  const started: any = await api.gql('mutation($name: String) { widgetStart(input: { publicKey: "demo-shop", name: $name }) { session { visitorToken } } }', { name });
  const token = started.data.widgetStart.session.visitorToken as string;
  await visitorSays(token, 'Hello', 'hello');
  const ids = (await selectOne<{ conversationId: string; clientId: string }>(api.app.orm.em.fork(), 'select c.id as conversation_id, c.client_id from conversation c join client cl on cl.id = c.client_id where cl.name = ?', [name]))!;
  return { token, conversationId: toGlobalId('Conversation', ids.conversationId), clientId: toGlobalId('Client', ids.clientId) };
}

/** The visitor's message, as the widget sends a typed text or a pressed button. */
async function visitorSays(token: string, text: string, key = text) {
  const sent: any = await api.gql('mutation($i: WidgetSendInput!) { widgetSend(input: $i) { message { id } userErrors { code } } }', { i: { text, idempotencyKey: key } }, `Visitor ${token}`);
  expect(sent.data.widgetSend.userErrors).toEqual([]);
}

const run = async (runId: string) =>
  ((await api.gql('query($id: ID!) { node(id: $id) { ... on ProcessRun { status waitingFor block { blockId } steps(first: 100) { kind detail } } } }', { id: runId }, anna)) as any).data.node;

/** The conversation's bot messages as operators read them, oldest first. */
async function operatorView(conversationId: string) {
  const answer: any = await api.gql(
    'query($id: ID!) { node(id: $id) { ... on Conversation { messages(first: 50) { edges { node { text senderKind buttons attachments { name library } } } } } } }',
    { id: conversationId },
    anna,
  );
  expect(answer.errors).toBeUndefined();
  return nodes<any>(answer.data.node.messages).reverse();
}

/** The conversation as the widget reads it on opening. */
async function widgetView(token: string) {
  const answer: any = await api.gql(
    'mutation($t: String) { widgetStart(input: { publicKey: "demo-shop", visitorToken: $t }) { session { messages { text direction senderKind buttons attachments { name contentType } } } } }',
    { t: token },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data.widgetStart.session.messages as any[];
}

describe('a process block with files and buttons', () => {
  it('sends the block’s library files and buttons with its message; a pressed button answers the question and is stored', async () => {
    const price = await libraryFile('price.pdf');
    const definition = {
      start: 'offer',
      blocks: [
        { id: 'offer', number: 1, type: 'MESSAGE', text: 'Here is our price list, #{first_name}.', fileIds: [price], buttons: ['Catalogue', 'Prices'] },
        { id: 'how', number: 2, type: 'QUESTION', text: 'Pickup or courier?', buttons: ['Pickup', 'Courier'], expect: 'BUTTON', variable: 'delivery' },
        { id: 'done', number: 3, type: 'MESSAGE', text: 'You chose #{delivery}.' },
      ],
      connections: [
        { from: 'offer', port: 'next', to: 'how' },
        { from: 'how', port: 'answered', to: 'done' },
      ],
    };
    const created: any = await api.gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } userErrors { message } } }', { i: { name: 'Delivery', definition } }, manager);
    expect(created.data.createProcess.userErrors).toEqual([]);
    const processId = created.data.createProcess.process.id;
    const published: any = await api.gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
    expect(published.data.publishProcess.userErrors).toEqual([]);

    const visitor = await newVisitor('Kate');
    const started: any = await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } userErrors { reason } } }', { i: { processId, clientIds: [visitor.clientId] } }, anna);
    expect(started.data.startProcess.userErrors).toEqual([]);
    const runId = started.data.startProcess.runs[0].id;
    await eventually(async () => (await run(runId)).waitingFor === 'REPLY');

    // Operators see the buttons and the file (a copy on the message: the library keeps its own).
    const bot = (await operatorView(visitor.conversationId)).filter((message) => message.senderKind === 'BOT');
    expect(bot).toEqual([
      { text: 'Here is our price list, Kate.', senderKind: 'BOT', buttons: ['Catalogue', 'Prices'], attachments: [{ name: 'price.pdf', library: false }] },
      { text: 'Pickup or courier?', senderKind: 'BOT', buttons: ['Pickup', 'Courier'], attachments: [] },
    ]);
    const library: any = await api.gql('{ fileLibrary { edges { node { id } } } }', {}, anna);
    expect(nodes(library.data.fileLibrary)).toEqual([{ id: price }]);
    // The visitor's widget gets the same.
    const shown = (await widgetView(visitor.token)).filter((message) => message.senderKind === 'BOT');
    expect(shown.map((message) => [message.text, message.buttons, message.attachments.map((file: any) => file.name)])).toEqual([
      ['Here is our price list, Kate.', ['Catalogue', 'Prices'], ['price.pdf']],
      ['Pickup or courier?', ['Pickup', 'Courier'], []],
    ]);

    // A text that is none of the buttons is invalid; the pressed label is the answer, stored and used.
    await visitorSays(visitor.token, 'Tomorrow');
    await eventually(async () => (await run(runId)).steps.some((step: any) => step.kind === 'ANSWER_INVALID'));
    expect((await run(runId)).status).toBe('AUTO');
    await visitorSays(visitor.token, 'Courier', 'press-1');
    const finished = await eventually(async () => {
      const state = await run(runId);
      return state.status === 'FINISHED' && state;
    });
    expect(finished.steps.filter((step: any) => step.kind.startsWith('ANSWER')).map((step: any) => `${step.kind}:${step.detail}`).reverse()).toEqual([
      'ANSWER_INVALID:Tomorrow',
      'ANSWER_STORED:Courier',
    ]);
    const client = await selectOne<{ variables: Record<string, unknown> }>(api.app.orm.em.fork(), 'select variables from client where id = ?', [idOf('Client', visitor.clientId)]);
    expect(client!.variables.delivery).toBe('Courier');
    const after = await operatorView(visitor.conversationId);
    expect(after.at(-1)).toMatchObject({ text: 'You chose Courier.', senderKind: 'BOT', buttons: [] });
    // The press is one message of the visitor's, buttons none.
    const presses = await select<{ buttons: string[] }>(api.app.orm.em.fork(), "select buttons from message where text = 'Courier'");
    expect(presses).toEqual([{ buttons: [] }]);

    // A deleted message loses its buttons with its text: the widget offers nothing of it any more.
    const question = (await selectOne<{ id: string }>(api.app.orm.em.fork(), "select id from message where text = 'Pickup or courier?'"))!;
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const deleted: any = await api.gql('mutation($i: MessageInput!) { deleteMessage(input: $i) { message { text buttons } userErrors { code } } }', { i: { messageId: toGlobalId('Message', question.id) } }, owner);
    expect(deleted.data.deleteMessage).toEqual({ message: { text: '', buttons: [] }, userErrors: [] });
    expect((await widgetView(visitor.token)).some((message) => message.buttons.includes('Pickup'))).toBe(false);
  }, 60_000);
});
