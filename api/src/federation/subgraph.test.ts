import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Deal } from '../deals/deal.entity.ts';
import { Message } from '../messages/message.entity.ts';
import { toGlobalId } from '../graphql/global-id.ts';

// The API as a Federation 2 subgraph: a gateway resolves our entities through `_entities` exactly as `node(id:)`
// answers, batched, for signed-in callers of the entity's own project; `_service { sdl }` is the schema.
let api: TestApi;
let insider: string;
let outsider: string;
let a: Awaited<ReturnType<TestApi['seed']>>;
const entities = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Client { id name } ... on Conversation { id status } ... on Message { id } ... on Operator { id name } ... on Deal { id } }
}`;
const ref = (typename: string, type: Parameters<typeof toGlobalId>[0], id: string) => ({ __typename: typename, id: toGlobalId(type, id) });

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  a = await api.seed({ clients: 12 });
  await api.seed({ clients: 3, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  insider = await api.login('owner@demo.test', 'demo-owner');
  outsider = await api.login('owner@other.test', 'demo-owner');
});
afterAll(() => api?.stop());

describe('the subgraph', () => {
  it('answers _service { sdl } with the federation link and the keys, to signed-in callers only', async () => {
    const result = await api.gql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, insider);
    expect(result.data?._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(result.data?._service.sdl).toMatch(/type Client implements Node @key\(fields: "id"\)/);
    const anonymous = await api.gql('{ _service { sdl } }');
    expect(anonymous.data).toBeUndefined();
    expect(anonymous.errors?.[0]?.message).toMatch(/^Introspection is for signed-in callers/);
  });

  it('resolves each entity type of the caller’s project by its global id, and null for another project’s', async () => {
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, { projectId: a.project.id });
    const message = await em.findOneOrFail(Message, { projectId: a.project.id });
    const deal = await em.findOne(Deal, { projectId: a.project.id });
    const representations = [
      ref('Client', 'Client', conversation.clientId),
      ref('Conversation', 'Conversation', conversation.id),
      ref('Message', 'Message', message.id),
      ref('Operator', 'Operator', a.operators[0]!.id),
      ...(deal ? [ref('Deal', 'Deal', deal.id)] : []),
    ];
    const own = await api.gql<{ _entities: ({ __typename: string; id: string } | null)[] }>(entities, { representations }, insider);
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities.map((entity) => entity && { __typename: entity.__typename, id: entity.id })).toEqual(representations);
    const foreign = await api.gql(entities, { representations }, outsider);
    expect(foreign).toEqual({ data: { _entities: representations.map(() => null) } });
  });

  it('answers null for an id given under another type’s name, or malformed', async () => {
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, { projectId: a.project.id });
    const result = await api.gql(entities, { representations: [{ __typename: 'Client', id: toGlobalId('Conversation', conversation.id) }, { __typename: 'Client', id: 'nonsense' }] }, insider);
    expect(result).toEqual({ data: { _entities: [null, null] } });
  });

  it('refuses anonymous callers: no entity is enumerated', async () => {
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, { projectId: a.project.id });
    const result = await api.gql<{ _entities: unknown[] }>(entities, { representations: [ref('Client', 'Client', conversation.clientId)] });
    expect(result.data?._entities ?? [null]).toEqual([null]);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('loads a batch of representations in one statement per type, however many there are', async () => {
    const em = api.app.orm.em.fork();
    const clients = await em.find(Conversation, { projectId: a.project.id }, { limit: 12 });
    const batch = (count: number) => clients.slice(0, count).flatMap((c) => [ref('Client', 'Client', c.clientId), ref('Conversation', 'Conversation', c.id)]);
    await api.gql('{ me { operator { id } } }', {}, insider); // the token is checked (and cached) first
    const one = await api.countQueries(() => api.gql(entities, { representations: batch(1) }, insider));
    const twelve = await api.countQueries(() => api.gql(entities, { representations: batch(12) }, insider));
    expect(clients).toHaveLength(12);
    expect(twelve).toBe(one);
    expect(twelve).toBeLessThanOrEqual(2); // one for the clients, one for the conversations
  });

  it('costs _entities by its number of representations', async () => {
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, { projectId: a.project.id });
    const representations = Array.from({ length: 3 }, () => ref('Client', 'Client', conversation.clientId));
    const { body } = await api.request(entities, { representations }, insider);
    expect(body.extensions?.cost.requestedQueryCost).toBe(3);
  });
});
