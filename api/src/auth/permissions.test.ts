import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { schema } from '../graphql/schema.ts';
import { createApiToken } from './api-token.service.ts';
import { actions } from './permissions.ts';

let api: TestApi;
const tokens: Record<'owner' | 'manager' | 'anna' | 'boris' | 'bot', string> = {} as never;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const { project } = await api.seed({ clients: 3 });
  tokens.owner = await api.login('owner@demo.test', 'demo-owner');
  tokens.manager = await api.login('manager@demo.test', 'demo-manager');
  tokens.anna = await api.login('anna@demo.test', 'demo-operator');
  tokens.boris = await api.login('boris@demo.test', 'demo-operator');
  tokens.bot = `Bearer ${(await createApiToken(api.app.orm.em.fork(), project.id, 'Permissions bot')).token}`;
});
afterAll(() => api?.stop());

const canQuery = `{ me { can { ${actions.join(' ')} } } }`;
const canOf = async (who: keyof typeof tokens) => ((await api.gql<{ me: { can: Record<string, boolean> } }>(canQuery, {}, tokens[who])).data!.me.can);

type Payload = { userErrors: { code: string }[] };
/** Whether the server refused the mutation with FORBIDDEN (anything else: it got past the permission check). */
async function refused(who: keyof typeof tokens, mutation: string, variables: object = {}) {
  const result = await api.gql<Record<string, Payload>>(mutation, variables, tokens[who]);
  if (result.errors) return result.errors.some((error) => error.extensions?.code === 'FORBIDDEN');
  return Object.values(result.data!)[0]!.userErrors.some((error) => error.code === 'FORBIDDEN');
}

describe('the permissions table', () => {
  it('has exactly one Permissions field in the schema per action', () => {
    const type = schema.getType('Permissions');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual([...actions].sort());
  });

  it('answers me.can by role: owners everything, managers organise, operators work, API tokens act as the bot', async () => {
    const [owner, manager, anna, bot] = [await canOf('owner'), await canOf('manager'), await canOf('anna'), await canOf('bot')];
    expect(Object.values(owner).every(Boolean)).toBe(true);
    expect(manager).toMatchObject({ manageTeams: true, manageQuickReplies: true, assignAnyConversation: true, manageProject: false, manageOperators: false, manageOwners: false, deleteMessages: false });
    // Operators work: they start and steer clients' business processes, nothing that organises the project.
    expect(Object.entries(anna).filter(([, allowed]) => allowed)).toEqual([['startProcesses', true], ['steerProcessRuns', true]]);
    expect(bot).toMatchObject({ assignAnyConversation: true, changeAnyTask: true, deleteClients: true, manageTeams: false, manageApiTokens: false });
  });

  // Each action's flag agrees with what the mutation it guards does, for every role.
  const guarded: { action: string; mutation: string; variables?: object }[] = [
    { action: 'manageTeams', mutation: 'mutation { createTeam(input: { name: "T" }) { userErrors { code } } }' },
    { action: 'manageQuickReplies', mutation: 'mutation { createQuickReplyFolder(input: { name: "F" }) { userErrors { code } } }' },
    { action: 'manageChannels', mutation: 'mutation { createChannel(input: { kind: WEBCHAT, name: "C" }) { userErrors { code } } }' },
    { action: 'manageFunnels', mutation: 'mutation { createFunnel(input: { name: "F", stages: ["A"] }) { userErrors { code } } }' },
    { action: 'manageProject', mutation: 'mutation { updateProjectSettings(input: { name: "Demo Shop" }) { userErrors { code } } }' },
    { action: 'editProcesses', mutation: 'mutation { createProcess(input: { name: "P" }) { userErrors { code } } }' },
    { action: 'manageVariables', mutation: 'mutation { createVariableDefinition(input: { scope: CLIENT, key: "k", name: "K", type: TEXT }) { userErrors { code } } }' },
  ];
  for (const { action, mutation, variables } of guarded) {
    it(`refuses ${action}'s mutation exactly to those whose me.can.${action} is false`, async () => {
      for (const who of ['owner', 'manager', 'anna', 'bot'] as const) {
        const allowed = (await canOf(who))[action];
        expect(await refused(who, mutation, variables), `${who}: can.${action} = ${allowed}`).toBe(!allowed);
      }
    });
  }

  it('follows the project’s choice of who may delete messages', async () => {
    expect((await canOf('manager')).deleteMessages).toBe(false);
    const set = await api.gql<{ updateProjectSettings: Payload }>(
      'mutation { updateProjectSettings(input: { messageDeletionRoles: [OWNER, ADMIN, MANAGER] }) { userErrors { code } } }',
      {},
      tokens.owner,
    );
    expect(set.data!.updateProjectSettings.userErrors).toEqual([]);
    expect((await canOf('manager')).deleteMessages).toBe(true);
    expect((await canOf('anna')).deleteMessages).toBe(false);
  });
});

describe('rules about one object', () => {
  type Row = { id: string; viewerCanTake: boolean; viewerCanAssign: boolean; assignee: { name: string } | null };
  const conversations = async (who: keyof typeof tokens) =>
    (await api.gql<{ conversations: { edges: { node: Row }[] } }>('{ conversations(first: 10) { edges { node { id viewerCanTake viewerCanAssign assignee { name } } } } }', {}, tokens[who])).data!
      .conversations.edges.map((edge) => edge.node);
  const take = (who: keyof typeof tokens, conversationId: string) =>
    refused(who, 'mutation($id: ID!) { takeConversation(input: { conversationId: $id }) { userErrors { code } } }', { id: conversationId });

  it('offers Take on a colleague’s conversation only to those the server lets take it', async () => {
    const [first, second] = await conversations('anna');
    const operators = (await api.gql<{ operators: { id: string; name: string }[] }>('{ operators { id name } }', {}, tokens.owner)).data!.operators;
    const boris = operators.find((operator) => operator.name === 'Boris Operator')!.id;
    const assign = (id: string, operatorId: string | null) =>
      api.gql('mutation($id: ID!, $to: ID) { assignConversation(input: { conversationId: $id, operatorId: $to }) { userErrors { code } } }', { id, to: operatorId }, tokens.owner);
    await assign(first!.id, boris);
    await assign(second!.id, null);

    const seen = new Map((await conversations('anna')).map((row) => [row.id, row]));
    expect(seen.get(first!.id)).toMatchObject({ assignee: { name: 'Boris Operator' }, viewerCanTake: false, viewerCanAssign: false });
    expect(seen.get(second!.id)).toMatchObject({ assignee: null, viewerCanTake: true, viewerCanAssign: false });
    expect(await take('anna', first!.id)).toBe(true);
    expect(await take('anna', second!.id)).toBe(false);

    const managers = new Map((await conversations('manager')).map((row) => [row.id, row]));
    expect(managers.get(first!.id)).toMatchObject({ viewerCanTake: true, viewerCanAssign: true });
    // Once hers, Anna may hand it on, and has nothing to take.
    expect((await conversations('anna')).find((row) => row.id === second!.id)).toMatchObject({ viewerCanTake: false, viewerCanAssign: true });
  });

  it('offers Take on a client to an operator only when nobody owns it', async () => {
    const clientOf = async (who: keyof typeof tokens) => {
      const result = await api.gql<{ clients: { edges: { node: { id: string; viewerCanTake: boolean; viewerCanSetOwner: boolean } }[] } }>(
        '{ clients(first: 1, order: OLDEST_FIRST) { edges { node { id viewerCanTake viewerCanSetOwner } } } }',
        {},
        tokens[who],
      );
      return result.data!.clients.edges[0]!.node;
    };
    const client = await clientOf('boris');
    const takeClient = (who: keyof typeof tokens) => refused(who, 'mutation($id: ID!) { takeClient(input: { clientId: $id }) { userErrors { code } } }', { id: client.id });
    expect(await takeClient('boris')).toBe(false);
    expect(await clientOf('anna')).toMatchObject({ viewerCanTake: false, viewerCanSetOwner: false });
    expect(await takeClient('anna')).toBe(true);
    expect(await clientOf('boris')).toMatchObject({ viewerCanTake: false, viewerCanSetOwner: true });
    expect(await clientOf('manager')).toMatchObject({ viewerCanTake: true, viewerCanSetOwner: true });
  });
});
