import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let manager: string;
let anna: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 2 });
  manager = await api.login('manager@demo.test', 'demo-manager');
  anna = await api.login('anna@demo.test', 'demo-operator');
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id client { name } } } } }', {}, anna);
  conversationId = list.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const gql = (query: string, variables: object, token: string) => api.gql(query, variables, token) as Promise<any>;
const save = (input: object, token = manager) =>
  gql('mutation($i: SaveQuickReplyInput!) { saveQuickReply(input: $i) { quickReply { id title text folder { name } } userErrors { code field } } }', { i: input }, token);

describe('quick replies', () => {
  it('are kept in folders, found by words, and filled with the client’s data on use', async () => {
    const folder = (await gql('mutation { createQuickReplyFolder(input: { name: "Delivery" }) { folder { id name } } }', {}, manager)).data.createQuickReplyFolder.folder;
    const saved = (await save({ folderId: folder.id, title: 'Where is my order', text: 'Hello, #{first_name}! Your order is on its way. — #{operator}, #{project}. #{unknown}' })).data.saveQuickReply.quickReply;
    await save({ title: 'Opening hours', text: 'We are open 9–21 every day.' });
    expect(saved.folder).toEqual({ name: 'Delivery' });
    // Moved out of its folder and back: the folder counts what it holds.
    const count = async () => (await gql('{ quickReplyFolders { id quickReplyCount } }', {}, anna)).data.quickReplyFolders.find((f: any) => f.id === folder.id).quickReplyCount;
    expect(await count()).toBe(1);
    await save({ quickReplyId: saved.id, title: saved.title, text: saved.text });
    expect(await count()).toBe(0);
    await save({ quickReplyId: saved.id, folderId: folder.id, title: saved.title, text: saved.text });
    expect(await count()).toBe(1);

    const found = (await gql('query($s: String) { quickReplies(search: $s) { title } }', { s: 'ORDER' }, anna)).data.quickReplies;
    expect(found).toEqual([{ title: 'Where is my order' }]);
    const inFolder = (await gql('query($f: ID) { quickReplies(folderId: $f) { title } }', { f: folder.id }, anna)).data.quickReplies;
    expect(inFolder).toEqual([{ title: 'Where is my order' }]);

    const list: any = await gql('query($id: ID!) { conversation(id: $id) { client { name } } }', { id: conversationId }, anna);
    const firstName = list.data.conversation.client.name.split(' ')[0];
    const rendered = (await gql('query($q: ID!, $c: ID!) { renderQuickReply(quickReplyId: $q, conversationId: $c) }', { q: saved.id, c: conversationId }, anna)).data.renderQuickReply;
    expect(rendered).toBe(`Hello, ${firstName}! Your order is on its way. — Anna Operator, Demo Shop. #{unknown}`);
  });

  it('are found by Russian words in any case and by words without their accents', async () => {
    await save({ title: 'Доставка ЁЛКИ', text: 'Привезём к Новому году. Café crème included.' });
    const titles = async (s: string) => (await gql('query($s: String) { quickReplies(search: $s) { title } }', { s }, anna)).data.quickReplies.map((r: any) => r.title);
    expect(await titles('доставка елки')).toEqual(['Доставка ЁЛКИ']);
    expect(await titles('НОВОМУ')).toEqual(['Доставка ЁЛКИ']);
    expect(await titles('cafe creme')).toEqual(['Доставка ЁЛКИ']);
  });

  it('take a fallback for an empty variable, and name the placeholders left unresolved', async () => {
    const saved = (await save({ title: 'Call back', text: 'Hi #{first_name|there}, #{nickname|friend}! We call #{phone|you} about #{order_no}, #{email} and #{order_no} again.' })).data.saveQuickReply.quickReply;
    const client: any = await gql('query($id: ID!) { conversation(id: $id) { client { name phone email } } }', { id: conversationId }, anna);
    const { name, phone, email } = client.data.conversation.client;
    const filled = (await gql('query($q: ID!, $c: ID!) { fillQuickReply(quickReplyId: $q, conversationId: $c) { text unresolved } }', { q: saved.id, c: conversationId }, anna)).data.fillQuickReply;
    const mail = email ? email : '#{email}';
    expect(filled.text).toBe(`Hi ${name.split(' ')[0]}, friend! We call ${phone || 'you'} about #{order_no}, ${mail} and #{order_no} again.`);
    expect(filled.unresolved).toEqual(['#{order_no}', ...(email ? [] : ['#{email}'])]);
    expect((await gql('query($q: ID!, $c: ID!) { fillQuickReply(quickReplyId: $q, conversationId: $c) { text } }', { q: saved.id, c: 'nope' }, anna)).data.fillQuickReply).toBeNull();
  });

  it('are managed by managers only, with clear errors', async () => {
    expect((await save({ title: 'x', text: 'y' }, anna)).data.saveQuickReply.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    expect((await save({ title: ' ', text: 'y' })).data.saveQuickReply.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'title' }]);
    expect((await save({ quickReplyId: 'nope', title: 't', text: 'y' })).data.saveQuickReply.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'quickReplyId' }]);
  });

  it('keep their replies when a folder is deleted', async () => {
    const folder = (await gql('mutation { createQuickReplyFolder(input: { name: "Old" }) { folder { id } } }', {}, manager)).data.createQuickReplyFolder.folder;
    const reply = (await save({ folderId: folder.id, title: 'Kept', text: 'still here' })).data.saveQuickReply.quickReply;
    await gql('mutation($i: QuickReplyFolderInput!) { deleteQuickReplyFolder(input: $i) { deletedId } }', { i: { folderId: folder.id } }, manager);
    const after = (await gql('query { quickReplies(search: "still here") { id folder { name } } }', {}, anna)).data.quickReplies;
    expect(after).toEqual([{ id: reply.id, folder: null }]);
  });
});

describe('drafts', () => {
  it('are kept per operator and conversation until cleared', async () => {
    const saveDraft = (text: string, token = anna) => gql('mutation($c: ID!, $t: String!) { saveDraft(input: { conversationId: $c, text: $t }) { draft userErrors { code } } }', { c: conversationId, t: text }, token);
    const draft = async (token = anna) => (await gql('query($id: ID!) { conversation(id: $id) { draft } }', { id: conversationId }, token)).data.conversation.draft;
    await saveDraft('Dear customer, ');
    await saveDraft('Dear customer, we are sorry');
    expect(await draft()).toBe('Dear customer, we are sorry');
    expect(await draft(manager)).toBeNull();
    await saveDraft('');
    expect(await draft()).toBeNull();
  });
});
