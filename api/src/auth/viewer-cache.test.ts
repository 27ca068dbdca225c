// Who a token is, remembered for seconds (auth/viewer-cache.ts): a cached token costs a request no statement, yet a
// revoked one is refused at once, here and on another node, and a role or a project's settings apply at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { createRedisPubSub } from '../pubsub/redis-pubsub.ts';
import { viewerFromToken } from './auth.service.ts';
import { tokenHash } from './tokens.ts';
import { createViewerCache } from './viewer-cache.ts';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let api: TestApi;
let owner: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false, redisUrl });
  await api.seed();
  owner = await api.login('owner@demo.test', 'demo-owner');
});
afterAll(() => api?.stop());

const me = '{ me { operator { email role } } }';
const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('the viewer cache', () => {
  it('serves a cached token without a statement, and { __typename } without an EntityManager or loaders', async () => {
    const token = await api.login('anna@demo.test', 'demo-operator');
    await api.gql(me, {}, token);
    expect(await api.countQueries(() => api.gql('{ __typename }', {}, token))).toBe(0);
    // What `me` shows is read fresh (one statement), never the cached row.
    expect(await api.countQueries(() => api.gql(me, {}, token))).toBe(1);
  });

  it('refuses a session at once after logout though it was cached', async () => {
    const token = await api.login('boris@demo.test', 'demo-operator');
    expect((await api.gql(me, {}, token)).data).toEqual({ me: { operator: { email: 'boris@demo.test', role: 'OPERATOR' } } });
    expect(api.app.viewers.get(tokenHash(token.slice('Bearer '.length)))).not.toBeNull();
    await api.gql('mutation { logout { loggedOut } }', {}, token);
    expect(code(await api.gql(me, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses an API token at once after an owner revokes it though it was cached', async () => {
    const created: any = await api.gql('mutation { createApiToken(input: { name: "cached" }) { token apiToken { id } } }', {}, owner);
    const token = `Bearer ${created.data.createApiToken.token}`;
    expect(code(await api.gql('{ me { project { name } } }', {}, token))).toBeUndefined();
    await api.gql('mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { revokedId } }', { id: created.data.createApiToken.apiToken.id }, owner);
    expect(code(await api.gql('{ me { project { name } } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it("drops a revoked token from another node's cache (through Redis)", async () => {
    const other = createViewerCache(60_000);
    const pubsub = createRedisPubSub(redisUrl);
    const stop = await other.listen(pubsub);
    try {
      const token = await api.login('manager@demo.test', 'demo-manager');
      const bare = token.slice('Bearer '.length);
      other.set(tokenHash(bare), (await viewerFromToken(api.app.orm.em.fork(), bare))!, other.generation);
      expect(other.get(tokenHash(bare))).not.toBeNull();
      await api.gql('mutation { logout { loggedOut } }', {}, token);
      await expect.poll(() => other.get(tokenHash(bare)), { timeout: 2000 }).toBeNull();
    } finally {
      await stop();
      await pubsub.close();
    }
  });

  it("applies a new role and the project's permission settings at once though the viewer was cached", async () => {
    const token = await api.login('anna@demo.test', 'demo-operator');
    const can = '{ me { can { manageTeams deleteMessages } } }';
    expect((await api.gql(can, {}, token)).data).toEqual({ me: { can: { manageTeams: false, deleteMessages: false } } });
    const anna: any = await api.gql('{ operators { id email } }', {}, owner);
    const annaId = anna.data.operators.find((operator: { email: string }) => operator.email === 'anna@demo.test').id;
    await api.gql('mutation($i: UpdateOperatorInput!) { updateOperator(input: $i) { operator { role } } }', { i: { operatorId: annaId, role: 'MANAGER' } }, owner);
    expect((await api.gql(can, {}, token)).data).toEqual({ me: { can: { manageTeams: true, deleteMessages: false } } });
    await api.gql('mutation { updateProjectSettings(input: { messageDeletionRoles: [OWNER, MANAGER] }) { project { id } } }', {}, owner);
    expect((await api.gql(can, {}, token)).data).toEqual({ me: { can: { manageTeams: true, deleteMessages: true } } });
  });
});
