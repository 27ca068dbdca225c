import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let owner: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  owner = await api.login('owner@demo.test', 'demo-owner');
});
afterAll(() => api?.stop());

const create = `mutation($input: CreateChannelInput!) {
  createChannel(input: $input) { channel { id kind name publicKey widgetUrl } userErrors { code field message } }
}`;
const rename = `mutation($input: RenameChannelInput!) {
  renameChannel(input: $input) { channel { id name } userErrors { code field message } }
}`;
const channelNames = async (token: string) => {
  const result: any = await api.gql('{ me { project { channels { name } } } }', {}, token);
  return result.data.me.project.channels.map((channel: { name: string }) => channel.name);
};

describe('channels', () => {
  it('connects a new web chat whose widget takes visitors at once', async () => {
    const result: any = await api.gql(create, { input: { kind: 'WEBCHAT', name: '  Support chat ' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const created: any = await api.gql(create, { input: { kind: 'WEBCHAT', name: '  Support chat ' } }, owner);
    const channel = created.data.createChannel.channel;
    expect(created.data.createChannel.userErrors).toEqual([]);
    expect(channel).toMatchObject({ kind: 'WEBCHAT', name: 'Support chat', publicKey: expect.stringMatching(/^[\w-]{16}$/) });
    expect(channel.widgetUrl).toMatch(new RegExp(`/widget/${channel.publicKey}$`));
    expect(await channelNames(owner)).toEqual(['Website chat', 'Support chat']);

    const started: any = await api.gql(
      `mutation($key: String!) { widgetStart(input: { publicKey: $key, name: "Kate" }) { session { channelName } userErrors { code } } }`,
      { key: channel.publicKey },
    );
    expect(started.data.widgetStart).toEqual({ session: { channelName: 'Support chat' }, userErrors: [] });
  });

  it('refuses a messenger without its credentials, bad names and operators, and changes nothing', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const before = await channelNames(owner);
    const attempts: [object, string][] = [
      [{ kind: 'TELEGRAM', name: 'Bot' }, owner],
      [{ kind: 'WEBCHAT', name: '   ' }, owner],
      [{ kind: 'WEBCHAT', name: 'x'.repeat(101) }, owner],
      [{ kind: 'WEBCHAT', name: 'Mine' }, anna],
    ];
    const errors = [];
    for (const [input, token] of attempts) {
      const result: any = await api.gql(create, { input }, token);
      expect(result.data.createChannel.channel).toBeNull();
      errors.push(result.data.createChannel.userErrors.map((error: { code: string; field: string | null }) => [error.code, error.field]));
    }
    expect(errors).toEqual([[['INVALID_INPUT', 'fields']], [['INVALID_INPUT', 'name']], [['INVALID_INPUT', 'name']], [['FORBIDDEN', null]]]);
    expect(await channelNames(owner)).toEqual(before);
  });

  it("renames the project's own channels only", async () => {
    const other = await api.login('owner@other.test', 'demo-owner');
    const ownId: string = ((await api.gql('{ me { project { channels { id } } } }', {}, owner)) as any).data.me.project.channels[0].id;

    const renamed: any = await api.gql(rename, { input: { channelId: ownId, name: 'Shop chat' } }, owner);
    expect(renamed.data.renameChannel).toEqual({ channel: { id: ownId, name: 'Shop chat' }, userErrors: [] });

    const foreign: any = await api.gql(rename, { input: { channelId: ownId, name: 'Taken over' } }, other);
    expect(foreign.data.renameChannel).toEqual({ channel: null, userErrors: [{ code: 'NOT_FOUND', field: 'channelId', message: 'No such channel.' }] });
    expect((await channelNames(owner))[0]).toBe('Shop chat');
  });
});

describe('languages', () => {
  const setLocale = `mutation($input: SetChannelLocaleInput!) { setChannelLocale(input: $input) { channel { locale } userErrors { code field } } }`;
  const widgetLocale = async () => {
    const started: any = await api.gql('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { locale } } }');
    return started.data.widgetStart.session.locale;
  };

  it('lets owners choose a web chat’s language, which its visitors get; others are refused and nothing changes', async () => {
    const channels: any = await api.gql('{ me { project { channels { id publicKey } } } }', {}, owner);
    const channelId = channels.data.me.project.channels.find((c: { publicKey: string }) => c.publicKey === 'demo-shop').id;
    expect(await widgetLocale()).toBeNull();

    const anna = await api.login('anna@demo.test', 'demo-operator');
    const refused: any = await api.gql(setLocale, { input: { channelId, locale: 'RU' } }, anna);
    expect(refused.data.setChannelLocale.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    const foreign: any = await api.gql(setLocale, { input: { channelId, locale: 'RU' } }, await api.login('owner@other.test', 'demo-owner'));
    expect(foreign.data.setChannelLocale.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'channelId' }]);
    expect(await widgetLocale()).toBeNull();

    const set: any = await api.gql(setLocale, { input: { channelId, locale: 'RU' } }, owner);
    expect(set.data.setChannelLocale).toEqual({ channel: { locale: 'RU' }, userErrors: [] });
    expect(await widgetLocale()).toBe('RU');
    await api.gql(setLocale, { input: { channelId, locale: null } }, owner);
    expect(await widgetLocale()).toBeNull();
  });

  it('keeps each operator’s own language', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const update = (locale: string | null, token = anna) =>
      api.gql<any>('mutation($l: Locale) { updateMySettings(input: { locale: $l }) { operator { locale readOnOpen } userErrors { code } } }', { l: locale }, token);
    expect((await update('RU')).data.updateMySettings.operator.locale).toBe('RU');
    // Leaving it out keeps it; other settings keep theirs.
    expect((await update(null)).data.updateMySettings.operator).toEqual({ locale: 'RU', readOnOpen: false });
    const me: any = await api.gql('{ me { operator { locale } } }', {}, await api.login('manager@demo.test', 'demo-manager'));
    expect(me.data.me.operator.locale).toBeNull();
    expect((await update('XX')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('pre-chat form', () => {
  const setPreChat = `mutation($input: SetChannelPreChatInput!) { setChannelPreChat(input: $input) { channel { preChatFields } userErrors { code field } } }`;
  const introduce = `mutation($input: WidgetIntroduceInput!) { widgetIntroduce(input: $input) { name userErrors { code field } } }`;

  it('asks new visitors what the owner chose, and puts their answers on their client with a history entry', async () => {
    const channels: any = await api.gql('{ me { project { channels { id publicKey } } } }', {}, owner);
    const channelId = channels.data.me.project.channels.find((c: { publicKey: string }) => c.publicKey === 'demo-shop').id;
    const anna = await api.login('anna@demo.test', 'demo-operator');
    expect(((await api.gql(setPreChat, { input: { channelId, fields: ['NAME'] } }, anna)) as any).data.setChannelPreChat.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    const set: any = await api.gql(setPreChat, { input: { channelId, fields: ['NAME', 'EMAIL', 'NAME'] } }, owner);
    expect(set.data.setChannelPreChat).toEqual({ channel: { preChatFields: ['NAME', 'EMAIL'] }, userErrors: [] });

    const started: any = await api.gql('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken preChatFields } } }');
    expect(started.data.widgetStart.session.preChatFields).toEqual(['NAME', 'EMAIL']);
    const visitor = `Visitor ${started.data.widgetStart.session.visitorToken}`;

    // Without a visitor token, nothing; a bad e-mail changes nothing.
    expect(((await api.gql(introduce, { input: { name: 'Kate' } })) as any).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(((await api.gql(introduce, { input: { name: 'Kate', email: 'not-mail' } }, visitor)) as any).data.widgetIntroduce).toEqual({ name: null, userErrors: [{ code: 'INVALID_INPUT', field: 'email' }] });

    const answered: any = await api.gql(introduce, { input: { name: ' Kate Ivanova ', email: 'Kate@Example.com', phone: '' } }, visitor);
    expect(answered.data.widgetIntroduce).toEqual({ name: 'Kate Ivanova', userErrors: [] });
    const found: any = await api.gql('{ clients(first: 1, filter: { search: "kate@example.com" }) { edges { node { name email phone activity(first: 1) { edges { node { summary actor { name } } } } } } } }', {}, owner);
    expect(found.data.clients.edges[0].node).toMatchObject({ name: 'Kate Ivanova', email: 'kate@example.com', phone: null });
    expect(found.data.clients.edges[0].node.activity.edges[0].node).toMatchObject({ summary: expect.stringContaining('Profile updated'), actor: null });

    await api.gql(setPreChat, { input: { channelId, fields: [] } }, owner);
  });
});
