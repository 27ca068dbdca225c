import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from './api-token.service.ts';
import { AuthToken } from './auth-token.entity.ts';

let api: TestApi;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  projectId = (await api.seed()).project.id;
});
afterAll(() => api?.stop());

const me = '{ me { project { name } operator { email role } } }';

describe('operator login', () => {
  it('gives a token that authenticates HTTP requests', async () => {
    const token = await api.login('owner@demo.test', 'demo-owner');
    const result = await api.gql(me, {}, token);
    expect(result.data?.me).toEqual({ project: { name: 'Demo Shop' }, operator: { email: 'owner@demo.test', role: 'OWNER' } });
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    await expect(api.login('  Anna@Demo.TEST ', 'demo-operator')).resolves.toMatch(/^Bearer ses_/);
  });

  it('answers the same user error for a wrong password and an unknown e-mail, and creates no session', async () => {
    const query = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code message } } }';
    const sessions = () => api.app.orm.em.fork().count(AuthToken, { kind: 'SESSION' });
    const before = await sessions();
    const wrong = await api.gql(query, { e: 'owner@demo.test', p: 'nope' });
    const unknown = await api.gql(query, { e: 'nobody@demo.test', p: 'nope' });
    expect(wrong.data?.login).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' }] });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
    expect(await sessions()).toBe(before);
  });

  it('refuses queries without a valid token with UNAUTHENTICATED', async () => {
    for (const authorization of [undefined, 'Bearer ses_forged', 'Basic abc']) {
      const result = await api.gql(me, {}, authorization);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    }
  });

  it('logout ends the session on HTTP, on sockets already open and for new subscriptions', async () => {
    const token = await api.login('boris@demo.test', 'demo-operator');
    const open = collect(api.socket({ authorization: token }), 'subscription { inboxEvents { kind } }');
    await settle();
    expect(open.failure).toBeNull();

    expect((await api.gql('mutation { logout { loggedOut userErrors { code } } }', {}, token)).data).toEqual({ logout: { loggedOut: true, userErrors: [] } });
    expect((await api.gql(me, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect.poll(() => (open.failure as { code?: number } | null)?.code).toBe(4403);

    const again = collect(api.socket({ authorization: token }), 'subscription { inboxEvents { kind } }');
    await again.next(1).catch(() => {});
    expect(again.received).toEqual([]);
    expect(again.failure).toBeTruthy();
  });

  it('refuses a socket whose connectionParams carry a bad token', async () => {
    const socket = api.socket({ authorization: 'Bearer ses_forged' });
    const sub = collect(socket, 'subscription { inboxEvents { kind } }');
    await sub.next(1).catch(() => {});
    expect(sub.failure).toBeTruthy();
    expect(sub.received).toEqual([]);
  });
});

describe('project API tokens', () => {
  const create = 'mutation($name: String!) { createApiToken(input: { name: $name }) { token apiToken { id name } userErrors { code field } } }';
  const revoke = 'mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { revokedId userErrors { code } } }';

  it('are created by owners and admins, authenticate as the project with no operator, and stop working once revoked', async () => {
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const created: any = await api.gql(create, { name: ' CRM sync ' }, owner);
    const { token, apiToken } = created.data.createApiToken;
    expect(apiToken.name).toBe('CRM sync');
    expect(token).toMatch(/^api_/);

    const asToken = `Bearer ${token}`;
    expect((await api.gql(me, {}, asToken)).data?.me).toEqual({ project: { name: 'Demo Shop' }, operator: null });
    const listed: any = await api.gql('{ apiTokens { id name } }', {}, owner);
    expect(listed.data.apiTokens).toContainEqual(apiToken);

    const open = collect(api.socket({ authorization: asToken }), 'subscription { inboxEvents { kind } }');
    await settle();
    const revoked: any = await api.gql(revoke, { id: apiToken.id }, owner);
    expect(revoked.data.revokeApiToken).toEqual({ revokedId: apiToken.id, userErrors: [] });
    expect((await api.gql(me, {}, asToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect.poll(() => (open.failure as { code?: number } | null)?.code).toBe(4403);
  });

  it('are refused to operators, managers and API tokens themselves, creating nothing', async () => {
    const before = await api.app.orm.em.fork().count(AuthToken, { kind: 'API' });
    const { token } = await createApiToken(api.app.orm.em.fork(), projectId, 'existing');
    for (const caller of [await api.login('anna@demo.test', 'demo-operator'), await api.login('manager@demo.test', 'demo-manager'), `Bearer ${token}`]) {
      const result: any = await api.gql(create, { name: 'sneaky' }, caller);
      expect(result.data.createApiToken).toEqual({ token: null, apiToken: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
      const list: any = await api.gql('{ apiTokens { id } }', {}, caller);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await api.app.orm.em.fork().count(AuthToken, { kind: 'API' })).toBe(before + 1);
  });

  it('rejects an empty name and unknown ids with user errors', async () => {
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const empty: any = await api.gql(create, { name: '  ' }, owner);
    expect(empty.data.createApiToken.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'name' }]);
    const unknown: any = await api.gql(revoke, { id: 'nope' }, owner);
    expect(unknown.data.revokeApiToken).toEqual({ revokedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });
});
