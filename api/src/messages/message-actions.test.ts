import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { Channel } from '../channels/channel.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { newId } from '../db/ids.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { Message } from './message.entity.ts';

let api: TestApi;
let anna: string;
let boris: string;
let owner: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 2 });
  [anna, boris, owner] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('owner@demo.test', 'demo-owner'),
  ]);
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  conversationId = list.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const fields = 'id text pinned editedAt deletedAt';
const gql = (query: string, variables: object, token: string) => api.gql(query, variables, token) as Promise<any>;
async function sent(text: string, token = anna) {
  const result = await gql('mutation($c: ID!, $t: String!) { sendMessage(input: { conversationId: $c, text: $t }) { message { id } } }', { c: conversationId, t: text }, token);
  const id = result.data.sendMessage.message.id;
  await eventually(async () => (await api.app.orm.em.fork().findOneOrFail(Message, idOf('Message', id)!)).status === 'SENT');
  return id as string;
}
const edit = (id: string, text: string, token = anna) => gql(`mutation($i: EditMessageInput!) { editMessage(input: $i) { message { ${fields} } userErrors { code message } } }`, { i: { messageId: id, text } }, token);
const remove = (id: string, token: string) => gql(`mutation($i: MessageInput!) { deleteMessage(input: $i) { message { ${fields} } userErrors { code message } } }`, { i: { messageId: id } }, token);

describe('message actions', () => {
  it('pins a message to its conversation', async () => {
    const id = await sent('Your order number is 777');
    const pinned = await gql(`mutation($i: PinMessageInput!) { pinMessage(input: $i) { message { ${fields} } } }`, { i: { messageId: id, pinned: true } }, boris);
    expect(pinned.data.pinMessage.message.pinned).toBe(true);
    const list = await gql('query($id: ID!) { conversation(id: $id) { pinnedMessages { text } } }', { id: conversationId }, anna);
    expect(list.data.conversation.pinnedMessages).toEqual([{ text: 'Your order number is 777' }]);
  });

  it('edits an operator’s own sent message, also on the messenger, within its limit', async () => {
    const id = await sent('Delivery on Mondya');
    expect((await edit(id, 'Delivery on Monday')).data.editMessage.message).toMatchObject({ text: 'Delivery on Monday', editedAt: expect.any(String) });
    expect((await edit(id, 'hijack', boris)).data.editMessage.userErrors).toEqual([{ code: 'FORBIDDEN', message: 'Only its author can edit a sent message.' }]);

    const old = await sent('Sent long ago');
    await api.app.orm.em.fork().nativeUpdate(Message, { id: idOf('Message', old)! }, { sentAt: new Date(Date.now() - 49 * 3600_000) });
    expect((await edit(old, 'too late')).data.editMessage.userErrors).toEqual([{ code: 'INVALID_INPUT', message: 'This messenger takes edits within 48 hours of sending.' }]);
  });

  it('deletes messages only for the roles the project allows, keeping their place', async () => {
    const id = await sent('Oops, wrong chat');
    expect((await remove(id, anna)).data.deleteMessage.userErrors).toEqual([{ code: 'FORBIDDEN', message: 'Your role may not delete messages in this project.' }]);
    expect((await remove(id, owner)).data.deleteMessage.message).toMatchObject({ text: '', deletedAt: expect.any(String) });

    await gql('mutation { updateProjectSettings(input: { messageDeletionRoles: [OWNER, ADMIN, OPERATOR] }) { userErrors { code } } }', {}, owner);
    const another = await sent('Another mistake');
    expect((await remove(another, anna)).data.deleteMessage.message.deletedAt).toEqual(expect.any(String));
    const settings = await gql('{ me { project { messageDeletionRoles } } }', {}, owner);
    expect(settings.data.me.project.messageDeletionRoles).toEqual(['OWNER', 'ADMIN', 'OPERATOR']);
  });

  it('forwards a message to another of the client’s channels, opening the conversation there', async () => {
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, idOf('Conversation', conversationId)!);
    const channel = em.create(Channel, { id: newId(), projectId: conversation.projectId, kind: 'WEBCHAT', name: 'Second site', publicKey: 'second-site' });
    const other = em.create(ClientChannel, { id: newId(), projectId: conversation.projectId, clientId: conversation.clientId, channelId: channel.id, platformId: 'visitor-second' });
    await em.flush();
    const id = await sent('Here is your invoice link');
    const forward = (clientChannelId: string) =>
      gql('mutation($i: ForwardMessageInput!) { forwardMessage(input: $i) { message { text conversationId status } userErrors { code field } } }', { i: { messageId: id, clientChannelId } }, anna);
    const forwarded = (await forward(toGlobalId('ClientChannel', other.id))).data.forwardMessage.message;
    expect(forwarded).toMatchObject({ text: 'Here is your invoice link', status: 'QUEUED' });
    expect(forwarded.conversationId).not.toBe(conversationId);
    // Its own channel, or another client's, is not a target.
    expect((await forward(toGlobalId('ClientChannel', conversation.clientChannelId))).data.forwardMessage.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'clientChannelId' }]);
  });

  it('answers NOT_FOUND for unknown messages', async () => {
    expect((await remove('nope', owner)).data.deleteMessage.userErrors[0].code).toBe('NOT_FOUND');
  });
});
