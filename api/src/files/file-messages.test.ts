import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import type { OutboundMessage } from '../channels/drivers/driver.ts';
import { webchatDriver } from '../channels/drivers/webchat/webchat.driver.ts';
import { selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';

// Files in messages: an operator's attachments reach the web chat visitor, a visitor's upload reaches the inbox,
// and the client card lists every file exchanged, page by page.
let api: TestApi;
let operator: string;
const driven: OutboundMessage[] = [];

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

beforeAll(async () => {
  // The real web chat driver, recording what it is handed.
  api = await startTestApi({
    drivers: (app) => {
      const webchat = webchatDriver(app.orm);
      return { WEBCHAT: { ...webchat, send: (message) => (driven.push(message), webchat.send(message)) } };
    },
  });
  await api.seed({ clients: 2 });
  operator = await api.login('anna@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

const local = (url: string) => url.replace('http://inbox.test', api.url);

async function upload(path: string, body: Buffer, query: Record<string, string>, authorization: string, type = 'image/png') {
  const response = await fetch(`${api.url}${path}?${new URLSearchParams(query)}`, { method: 'POST', headers: { 'content-type': type, authorization }, body: new Uint8Array(body) });
  return { status: response.status, body: (await response.json()) as any };
}

async function newVisitor(name: string) {
  const started: any = await api.gql('mutation($name: String) { widgetStart(input: { publicKey: "demo-shop", name: $name }) { session { visitorToken } } }', { name });
  const token = started.data.widgetStart.session.visitorToken as string;
  const sent: any = await api.gql('mutation { widgetSend(input: { text: "Hello", idempotencyKey: "hello" }) { message { id } } }', {}, `Visitor ${token}`);
  expect(sent.data.widgetSend.message).toBeTruthy();
  const ids = (await selectOne<{ conversationId: string; clientId: string }>(
    api.app.orm.em.fork(),
    `select c.id as conversation_id, c.client_id from conversation c join client cl on cl.id = c.client_id where cl.name = ?`,
    [name],
  ))!;
  return { token, conversationId: toGlobalId('Conversation', ids.conversationId), clientId: toGlobalId('Client', ids.clientId) };
}

const send = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id text attachments { id name kind url uploadedBy { name } } } userErrors { code field message } }
}`;

describe('attachments in messages', () => {
  it('sends an operator’s upload and a library file with a message, and the visitor receives both live', async () => {
    const visitor = await newVisitor('Kate');
    const live = collect(api.socket({ visitorToken: visitor.token }), 'subscription { widgetMessages { text direction attachments { name kind contentType size url } } }');
    await settle();

    const fresh = await upload('/files', png, { name: 'scarf.png' }, operator);
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const kept = await upload('/files', pdf, { name: 'price.pdf', library: '1' }, owner, 'application/pdf');
    const sent: any = await api.gql(send, { input: { conversationId: visitor.conversationId, text: '', fileIds: [fresh.body.file.id, kept.body.file.id] } }, operator);
    expect(sent.data.sendMessage.userErrors).toEqual([]);
    expect(sent.data.sendMessage.message.text).toBe('');
    expect(sent.data.sendMessage.message.attachments.map((file: any) => [file.name, file.kind, file.uploadedBy.name])).toEqual([
      ['scarf.png', 'IMAGE', 'Anna Operator'],
      ['price.pdf', 'DOCUMENT', 'Anna Operator'],
    ]);

    await live.next(1);
    const received = live.received[0]!.data!.widgetMessages;
    expect(received).toMatchObject({ direction: 'OUTBOUND', text: '' });
    expect(received.attachments.map((file: any) => [file.name, file.contentType, file.size])).toEqual([
      ['scarf.png', 'image/png', png.length],
      ['price.pdf', 'application/pdf', pdf.length],
    ]);
    expect(Buffer.from(await (await fetch(local(received.attachments[0].url))).arrayBuffer())).toEqual(png);

    // The upload is now the message's; the library keeps its own copy of the document.
    const again: any = await api.gql(send, { input: { conversationId: visitor.conversationId, text: 'once more', fileIds: [fresh.body.file.id] } }, operator);
    expect(again.data.sendMessage.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'fileIds', message: expect.any(String) }]);
    const library: any = await api.gql('{ fileLibrary { edges { node { name } } } }', {}, operator);
    expect(library.data.fileLibrary.edges).toEqual([{ node: { name: 'price.pdf' } }]);

    // Deleting the library file keeps the copy that was sent, bytes and all.
    await api.gql('mutation($id: ID!) { deleteLibraryFile(input: { fileId: $id }) { userErrors { code } } }', { id: kept.body.file.id }, owner);
    expect(await (await fetch(local(received.attachments[1].url))).text()).toBe(pdf.toString());
  });

  it('hands the attachments to the channel driver with links it can fetch', async () => {
    const visitor = await newVisitor('Leo');
    const fresh = await upload('/files', png, { name: 'map.png' }, operator);
    const sent: any = await api.gql(send, { input: { conversationId: visitor.conversationId, text: 'Here is the map', fileIds: [fresh.body.file.id] } }, operator);
    const messageId = sent.data.sendMessage.message.id;
    const delivered = await eventually(async () => driven.find((message) => message.text === 'Here is the map'));
    expect(delivered.attachments).toEqual([{ kind: 'IMAGE', name: 'map.png', contentType: 'image/png', size: png.length, url: expect.stringMatching(/download=1/) }]);
    expect(Buffer.from(await (await fetch(local(delivered.attachments![0]!.url))).arrayBuffer())).toEqual(png);
    await eventually(async () => {
      const result: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Message { status } } }', { id: messageId }, operator);
      return result.data.node.status === 'SENT';
    });
  });

  it('turns a visitor’s upload into their message, seen in the inbox with the file, once per idempotency key', async () => {
    const visitor = await newVisitor('Mia');
    const inbox = collect(api.socket({ authorization: operator }), 'subscription { inboxEvents { kind message { text attachments { name kind } } } }');
    await settle();
    const query = { name: 'receipt.png', idempotencyKey: 'up-1', text: 'My receipt' };
    const first = await upload('/widget/files', png, query, `Visitor ${visitor.token}`);
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({ direction: 'INBOUND', senderKind: 'CLIENT', text: 'My receipt', attachments: [{ name: 'receipt.png', kind: 'IMAGE' }] });
    await inbox.next(1);
    expect(inbox.received[0]!.data!.inboxEvents).toEqual({ kind: 'MESSAGE_ADDED', message: { text: 'My receipt', attachments: [{ name: 'receipt.png', kind: 'IMAGE' }] } });

    // A retry answers the same message and leaves no second file.
    const retry = await upload('/widget/files', png, query, `Visitor ${visitor.token}`);
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(first.body.message.id);
    expect(await selectOne(api.app.orm.em.fork(), `select count(*)::int as n from file where name = 'receipt.png'`)).toEqual({ n: 1 });

    // The widget shows it in the history too; visitors cannot upload without their token or outside the allow-list.
    const history: any = await api.gql('mutation($t: String) { widgetStart(input: { publicKey: "demo-shop", visitorToken: $t }) { session { messages { text attachments { name } } } } }', { t: visitor.token });
    expect(history.data.widgetStart.session.messages.at(-1)).toEqual({ text: 'My receipt', attachments: [{ name: 'receipt.png' }] });
    expect((await upload('/widget/files', png, query, 'Visitor nope')).status).toBe(401);
    expect((await upload('/widget/files', Buffer.from('MZ'), { name: 'x.exe' }, `Visitor ${visitor.token}`, 'application/x-msdownload')).status).toBe(415);
  });
});

describe('the client’s files', () => {
  const files = `query($id: ID!, $first: Int, $after: String, $kind: FileKind) {
    node(id: $id) { ... on Client { files(first: $first, after: $after, kind: $kind) {
      edges { node { id name kind size url uploadedBy { name } } } pageInfo { hasNextPage endCursor }
    } } }
  }`;

  it('lists every file exchanged, newest first, page by page and by kind, in a fixed number of SQL statements', async () => {
    const visitor = await newVisitor('Nina');
    for (let i = 1; i <= 5; i++) {
      expect((await upload('/widget/files', png, { name: `photo-${i}.png`, idempotencyKey: `p${i}` }, `Visitor ${visitor.token}`)).status).toBe(201);
    }
    const doc = await upload('/files', pdf, { name: 'invoice.pdf' }, operator, 'application/pdf');
    await api.gql(send, { input: { conversationId: visitor.conversationId, text: 'Your invoice', fileIds: [doc.body.file.id] } }, operator);
    // Delivery (in the worker, on the same database) is done before statements are counted.
    await eventually(() => selectOne(api.app.orm.em.fork(), `select 1 from message where text = 'Your invoice' and status = 'SENT'`));

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.gql(files, { id: visitor.clientId, first: 2, after }, operator);
      const connection = page.data.node.files;
      names.push(...connection.edges.map((edge: any) => edge.node.name));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(names).toEqual(['invoice.pdf', 'photo-5.png', 'photo-4.png', 'photo-3.png', 'photo-2.png', 'photo-1.png']);

    const documents: any = await api.gql(files, { id: visitor.clientId, kind: 'DOCUMENT' }, operator);
    expect(documents.data.node.files.edges.map((edge: any) => [edge.node.name, edge.node.uploadedBy?.name])).toEqual([['invoice.pdf', 'Anna Operator']]);

    const small = await api.countQueries(() => api.gql(files, { id: visitor.clientId, first: 2 }, operator));
    const large = await api.countQueries(() => api.gql(files, { id: visitor.clientId, first: 6 }, operator));
    expect(large).toBe(small);
    // The client (node), the page, the uploaders; the caller is remembered from the requests just before
    // (auth/viewer-cache.ts).
    expect(large).toBe(3);

    // Messages with their attachments: one more statement for all of a page's files.
    const messages = `query($id: ID!, $first: Int) { conversation(id: $id) { messages(first: $first) { edges { node { text attachments { name url } } } } } }`;
    const few = await api.countQueries(() => api.gql(messages, { id: visitor.conversationId, first: 2 }, operator));
    const many = await api.countQueries(() => api.gql(messages, { id: visitor.conversationId, first: 8 }, operator));
    expect(many).toBe(few);
  });

  it('hides the files of a deleted message, and other projects’ operators see no client at all', async () => {
    const visitor = await newVisitor('Olga');
    const sent = await upload('/widget/files', png, { name: 'secret.png', idempotencyKey: 's' }, `Visitor ${visitor.token}`);
    const listed = async () => ((await api.gql(files, { id: visitor.clientId }, operator)) as any).data.node.files.edges.length;
    expect(await listed()).toBe(1);
    await api.app.orm.em.fork().execute('update message set deleted_at = now() where id = (select message_id from file where name = ?)', ['secret.png']);
    expect(await listed()).toBe(0);
    expect(sent.status).toBe(201);

    await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
    const outsider = await api.login('owner@other.test', 'demo-owner');
    expect(await api.gql(files, { id: visitor.clientId }, outsider)).toEqual({ data: { node: null } });
  });
});
