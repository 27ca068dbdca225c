// Refusals carry a stable reason (and the values their words were built from) beside their code and English
// message. That every reason thrown is one of the schema's is the compiler's job: the features' tables of refusals
// (`defineUserErrors`) take only the generated `UserErrorReason`. These tests hold the rest: each reason of the
// schema is used, defined once, and answered as documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { rootDir } from '../config.ts';
import { select } from '../db/rows.ts';
import { toGlobalId } from './global-id.ts';
import { schema } from './schema.ts';

const sources = readdirSync(join(rootDir, 'api/src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('generated'))
  .map((file) => ({ file, text: readFileSync(join(rootDir, 'api/src', file), 'utf8') }));

const enumType = schema.getType('UserErrorReason');
const reasons = isEnumType(enumType) ? enumType.getValues().map((value) => value.name) : [];

describe('the reasons of the schema', () => {
  it('are each defined by one feature’s table of refusals (so each has one code and one English wording)', () => {
    const defined = sources
      .filter(({ text }) => text.includes('defineUserErrors({'))
      .flatMap(({ file, text }) => [...text.matchAll(/^ {2}([A-Z][A-Z0-9_]+): \{/gm)].map((match) => ({ reason: match[1]!, file })));
    const byReason = Map.groupBy(defined, (entry) => entry.reason);
    expect([...byReason].filter(([, entries]) => entries.length > 1).map(([reason]) => reason)).toEqual([]);
    // The limits' and input hygiene's reasons are GraphQL errors' (`extensions.reason`), named where they are made.
    const graphqlOnly = reasons.filter((reason) => reason.startsWith('REQUEST_'));
    expect(reasons.filter((reason) => !byReason.has(reason) && !graphqlOnly.includes(reason))).toEqual([]);
    expect([...byReason.keys()].filter((reason) => !reasons.includes(reason))).toEqual([]);
  });

  it('are each thrown somewhere: no reason stays in the schema after its rule is gone', () => {
    const code = sources.map(({ text }) => text).join('\n');
    const unused = reasons.filter((reason) => !new RegExp(`Errors\\.${reason}\\b|'${reason}'`).test(code));
    expect(unused).toEqual([]);
  });
});

describe('refusals', () => {
  let api: TestApi;
  let manager: string;
  let anna: string;
  let conversationId: string;
  const values = (list: { name: string; value: string }[]) => Object.fromEntries(list.map(({ name, value }) => [name, value]));

  beforeAll(async () => {
    api = await startTestApi({ worker: false, files: { maxBytes: 1024 } });
    await api.seed({ clients: 2 });
    [manager, anna] = await Promise.all([api.login('manager@demo.test', 'demo-manager'), api.login('anna@demo.test', 'demo-operator')]);
    const em = api.app.orm.em.fork();
    const boris = (await select<{ id: string }>(em, `select id from operator where email = 'boris@demo.test'`))[0]!;
    const conversation = (await select<{ id: string }>(em, 'select id from conversation order by created_at limit 1'))[0]!;
    await em.execute('update conversation set assignee_id = ? where id = ?', [boris.id, conversation.id]);
    conversationId = toGlobalId('Conversation', conversation.id);
  });
  afterAll(() => api?.stop());

  const userError = async (query: string, variables: object, token: string) => {
    const result: any = await api.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    const [payload] = Object.values(result.data) as { userErrors: { code: string; reason: string; message: string; field: string | null; values: { name: string; value: string }[] }[] }[];
    expect(payload!.userErrors).toHaveLength(1);
    const [error] = payload!.userErrors;
    return { ...error!, values: values(error!.values) };
  };
  const fields = 'userErrors { code reason message field values { name value } }';

  it('say which rule refused, with the values the message was built from', async () => {
    const createTeam = `mutation($name: String!) { createTeam(input: { name: $name }) { ${fields} } }`;
    await api.gql(createTeam, { name: 'Support' }, manager);
    expect(await userError(createTeam, { name: 'SUPPORT' }, manager)).toEqual({
      code: 'CONFLICT',
      reason: 'TEAM_NAME_TAKEN',
      message: 'A team named "SUPPORT" already exists.',
      field: 'name',
      values: { name: 'SUPPORT' },
    });
    expect(await userError(createTeam, { name: 'x'.repeat(101) }, manager)).toMatchObject({
      code: 'INVALID_INPUT',
      reason: 'TEAM_NAME_LENGTH',
      message: 'The name must be 1 to 100 characters.',
      values: { max: '100' },
    });
  });

  it('name the permission and the roles that have it when the role may not', async () => {
    const createTeam = `mutation { createTeam(input: { name: "Mine" }) { ${fields} } }`;
    expect(await userError(createTeam, {}, anna)).toEqual({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
      message: 'Only owners, admins and managers may do this (not API tokens).',
      field: null,
      values: { action: 'manageTeams', roles: 'OWNER,ADMIN,MANAGER' },
    });
  });

  it('tell an operator’s own rules apart from the permissions table', async () => {
    const take = `mutation($id: ID!) { assignConversation(input: { conversationId: $id, operatorId: null }) { ${fields} } }`;
    expect(await userError(take, { id: conversationId }, anna)).toEqual({
      code: 'FORBIDDEN',
      reason: 'CONVERSATION_HAND_ON_OWN_ONLY',
      message: 'Operators may take unassigned conversations and hand on their own only.',
      field: null,
      values: {},
    });
  });

  it('carry a count when the words need one', async () => {
    const em = api.app.orm.em.fork();
    const funnel: any = await api.gql('mutation { createFunnel(input: { name: "Sales", stages: ["New", "Won"] }) { funnel { id stages { id } } } }', {}, manager);
    const client = (await select<{ id: string }>(em, 'select id from client order by created_at limit 1'))[0]!;
    const { id: funnelId, stages } = funnel.data.createFunnel.funnel;
    for (const title of ['One', 'Two']) {
      await api.gql('mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } } }', { i: { clientId: toGlobalId('Client', client.id), funnelId, title } }, manager);
    }
    const remove = `mutation($id: ID!) { deleteFunnelStage(input: { stageId: $id }) { ${fields} } }`;
    expect(await userError(remove, { id: stages[0].id }, manager)).toMatchObject({ reason: 'FUNNEL_STAGE_HAS_DEALS', values: { count: '2' }, message: 'The stage holds 2 deals: choose the stage they move to.' });
  });

  it('reach GraphQL errors too: a user error outside a mutation, the limits and input hygiene carry extensions.reason', async () => {
    const deep = `{ me { operator { teams { members { teams { members { teams { members { teams { members { id } } } } } } } } } } }`;
    const tooDeep: any = await api.gql(deep, {}, manager);
    expect(tooDeep.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'REQUEST_TOO_COMPLEX', values: [{ name: 'limit', value: 'DEPTH' }, { name: 'maximum', value: '10' }] });
    const control: any = await api.gql(`mutation { createTeam(input: { name: "A\\u0007B" }) { ${fields} } }`, {}, manager);
    expect(control.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUEST_CONTROL_CHARACTER', values: [{ name: 'path', value: 'input.name' }] });
  });

  it('come with uploads’ refusals over HTTP as well', async () => {
    const response = await fetch(`${api.url}/files?name=big.txt`, { method: 'POST', headers: { authorization: manager, 'content-type': 'text/plain' }, body: 'x'.repeat(2048) });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toEqual({
      code: 'INVALID_INPUT',
      reason: 'FILE_TOO_LARGE',
      message: 'The file is larger than 0 MB.',
      values: [{ name: 'maxBytes', value: '1024' }],
    });
  });
});
