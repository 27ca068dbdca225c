import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { Comment } from './comment.entity.ts';

let api: TestApi;
const t: Record<string, string> = {};
const op: Record<string, string> = {};
let conversationId: string;
let foreignOperator: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const { operators } = await api.seed({ clients: 2 });
  const other = await api.seed({ clients: 1, projectName: 'Other', emailDomain: 'other.test', widgetKey: 'other' });
  foreignOperator = toGlobalId('Operator', other.operators[0]!.id);
  for (const [name, email, password] of [
    ['anna', 'anna@demo.test', 'demo-operator'],
    ['boris', 'boris@demo.test', 'demo-operator'],
    ['manager', 'manager@demo.test', 'demo-manager'],
  ] as const) {
    t[name] = await api.login(email, password);
    op[name] = toGlobalId('Operator', operators.find((o) => o.email === email)!.id);
  }
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, t.anna);
  conversationId = list.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const fields = 'id text author { name } mentions { name } pinned editedAt deletedAt';
const add = (token: string, text: string, mentionIds?: string[]) =>
  api.gql(`mutation($i: AddCommentInput!) { addComment(input: $i) { comment { ${fields} } userErrors { code field message } } }`, { i: { conversationId, text, mentionIds } }, token) as Promise<any>;
const edit = (token: string, commentId: string, text: string, mentionIds?: string[]) =>
  api.gql(`mutation($i: EditCommentInput!) { editComment(input: $i) { comment { ${fields} } userErrors { code field } } }`, { i: { commentId, text, mentionIds } }, token) as Promise<any>;
const remove = (token: string, commentId: string) =>
  api.gql(`mutation($i: CommentInput!) { deleteComment(input: $i) { comment { ${fields} } userErrors { code } } }`, { i: { commentId } }, token) as Promise<any>;
const unread = async (token: string) => ((await api.gql('{ unreadNotificationCount }', {}, token)) as any).data.unreadNotificationCount;

describe('internal comments', () => {
  it('appear in the timeline for operators and notify the mentioned ones live', async () => {
    const notifications = collect(api.socket({ authorization: t.boris! }), 'subscription { notificationAdded { kind actor { name } comment { text } read } }');
    const timeline = collect(api.socket({ authorization: t.manager! }), 'subscription($id: ID!) { conversationTimeline(conversationId: $id) { __typename ... on Comment { text } } }', { id: conversationId });
    await settle();
    const result = await add(t.anna!, 'VIP client, @Boris please check the refund', [op.boris!]);
    expect(result.data.addComment).toMatchObject({ comment: { text: 'VIP client, @Boris please check the refund', author: { name: 'Anna Operator' }, mentions: [{ name: 'Boris Operator' }], pinned: false }, userErrors: [] });
    await notifications.next(1);
    await timeline.next(1);
    expect(notifications.received[0]?.data).toEqual({ notificationAdded: { kind: 'MENTION', actor: { name: 'Anna Operator' }, comment: { text: 'VIP client, @Boris please check the refund' }, read: false } });
    expect(timeline.received[0]?.data).toEqual({ conversationTimeline: { __typename: 'Comment', text: 'VIP client, @Boris please check the refund' } });
    expect(await unread(t.boris!)).toBe(1);

    const items: any = await api.gql('query($id: ID!) { conversation(id: $id) { timeline(first: 5) { edges { node { __typename ... on Comment { text } } } } } }', { id: conversationId }, t.boris);
    expect(items.data.conversation.timeline.edges[0].node).toEqual({ __typename: 'Comment', text: 'VIP client, @Boris please check the refund' });
  });

  it('refuses empty comments and mentions outside the project, storing nothing', async () => {
    const before = await api.app.orm.em.fork().count(Comment, {});
    expect((await add(t.anna!, '   ')).data.addComment.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'text', message: 'The comment is empty.' }]);
    expect((await add(t.anna!, 'hi', [foreignOperator])).data.addComment.userErrors).toEqual([
      { code: 'NOT_FOUND', field: 'mentionIds', message: 'A mentioned operator is not in this project.' },
    ]);
    expect(await api.app.orm.em.fork().count(Comment, {})).toBe(before);
  });

  it('are edited by their author only; newly mentioned operators are notified', async () => {
    const { id } = (await add(t.anna!, 'draft note')).data.addComment.comment;
    expect((await edit(t.boris!, id, 'hijacked')).data.editComment.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    const before = await unread(t.manager!);
    const edited = (await edit(t.anna!, id, 'final note', [op.manager!])).data.editComment.comment;
    expect(edited).toMatchObject({ text: 'final note', editedAt: expect.any(String), mentions: [{ name: 'Mark Manager' }] });
    expect(await unread(t.manager!)).toBe(before + 1);
    await edit(t.anna!, id, 'final note, again', [op.manager!]);
    expect(await unread(t.manager!)).toBe(before + 1);
  });

  it('are deleted by their author or a manager, keeping their place without the text', async () => {
    const { id } = (await add(t.anna!, 'to be removed')).data.addComment.comment;
    expect((await remove(t.boris!, id)).data.deleteComment.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    expect((await remove(t.manager!, id)).data.deleteComment.comment).toMatchObject({ text: null, deletedAt: expect.any(String) });
  });

  it('can be pinned to the conversation', async () => {
    const { id } = (await add(t.boris!, 'Refund approved by finance')).data.addComment.comment;
    const pin = (pinned: boolean) => api.gql('mutation($i: PinCommentInput!) { pinComment(input: $i) { comment { pinned } } }', { i: { commentId: id, pinned } }, t.anna) as Promise<any>;
    expect((await pin(true)).data.pinComment.comment.pinned).toBe(true);
    const pinned: any = await api.gql('query($id: ID!) { conversation(id: $id) { pinnedComments { text } } }', { id: conversationId }, t.anna);
    expect(pinned.data.conversation.pinnedComments).toEqual([{ text: 'Refund approved by finance' }]);
    await pin(false);
    const after: any = await api.gql('query($id: ID!) { conversation(id: $id) { pinnedComments { text } } }', { id: conversationId }, t.anna);
    expect(after.data.conversation.pinnedComments).toEqual([]);
  });
});

describe('notifications', () => {
  it('are listed newest first and marked read one by one or all at once, only the caller’s own', async () => {
    await add(t.anna!, 'one', [op.boris!]);
    await add(t.anna!, 'two', [op.boris!]);
    const list: any = await api.gql('{ notifications(first: 10, unreadOnly: true) { edges { node { id comment { text } } } } }', {}, t.boris);
    const [newest] = list.data.notifications.edges.map((e: any) => e.node);
    expect(newest.comment.text).toBe('two');
    const total = await unread(t.boris!);
    const mark = (token: string, ids: string[] | null) =>
      api.gql('mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { unreadCount userErrors { code } } }', { i: { notificationIds: ids } }, token) as Promise<any>;
    // Someone else's id changes nothing.
    expect((await mark(t.anna!, [newest.id])).data.markNotificationsRead.unreadCount).toBe(await unread(t.anna!));
    expect((await mark(t.boris!, [newest.id])).data.markNotificationsRead.unreadCount).toBe(total - 1);
    expect((await mark(t.boris!, null)).data.markNotificationsRead.unreadCount).toBe(0);
  });
});
