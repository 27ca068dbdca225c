import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { select } from '../db/rows.ts';

// Registering endpoints: who may, in which project, and bad input refused with nothing changed. Without
// WEBHOOKS_ALLOW_PRIVATE, as in production: private and loopback addresses are refused.

let api: TestApi;
let owner: string;
let manager: string;
let outsider: string;
let apiToken: string;

const fields = 'id url description eventTypes enabled';
const create = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { webhookEndpoint { ${fields} } secret userErrors { code reason field } } }`;
const update = `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { webhookEndpoint { ${fields} } userErrors { code reason field } } }`;
const remove = 'mutation($i: WebhookEndpointInput!) { deleteWebhookEndpoint(input: $i) { deletedId userErrors { code reason } } }';
const list = `{ webhookEndpoints { ${fields} } }`;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  [owner, manager, outsider] = await Promise.all([api.login('owner@demo.test', 'demo-owner'), api.login('manager@demo.test', 'demo-manager'), api.login('owner@other.test', 'demo-owner')]);
  const token = await api.gql<any>('mutation { createApiToken(input: { name: "Zapier" }) { token } }', {}, owner);
  apiToken = `Bearer ${token.data.createApiToken.token}`;
});
afterAll(() => api?.stop());

const rows = () => select<{ url: string }>(api.app.orm.em.fork(), 'select url from webhook_endpoint order by created_at');

describe('webhook endpoints', () => {
  it('are registered by owners and API tokens, the secret answered once and kept sealed', async () => {
    const made: any = await api.gql(create, { i: { url: 'https://93.184.215.14/hooks', description: ' CRM ', eventTypes: ['MESSAGE_CREATED', 'MESSAGE_CREATED', 'TASK_CHANGED'] } }, owner);
    const { webhookEndpoint, secret, userErrors } = made.data.createWebhookEndpoint;
    expect(userErrors).toEqual([]);
    expect(secret).toMatch(/^whsec_/);
    expect(webhookEndpoint).toMatchObject({ url: 'https://93.184.215.14/hooks', description: 'CRM', eventTypes: ['MESSAGE_CREATED', 'TASK_CHANGED'], enabled: true });
    const stored = await select<{ secret: string }>(api.app.orm.em.fork(), 'select secret from webhook_endpoint');
    expect(stored[0]!.secret).not.toContain(secret.slice(6));
    const byToken: any = await api.gql(create, { i: { url: 'https://93.184.215.14/bot', eventTypes: ['PROCESS_RUN_CHANGED'] } }, apiToken);
    expect(byToken.data.createWebhookEndpoint.userErrors).toEqual([]);
    const listed: any = await api.gql(list, {}, owner);
    expect(listed.data.webhookEndpoints.map((endpoint: any) => endpoint.url)).toEqual(['https://93.184.215.14/hooks', 'https://93.184.215.14/bot']);
  });

  it('are not for managers, nor seen from another project', async () => {
    const before = await rows();
    const refused: any = await api.gql(create, { i: { url: 'https://93.184.215.14/x', eventTypes: ['MESSAGE_CREATED'] } }, manager);
    expect(refused.data.createWebhookEndpoint.userErrors).toEqual([{ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED', field: null }]);
    expect((await api.gql(list, {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(((await api.gql(list, {}, outsider)) as any).data.webhookEndpoints).toEqual([]);
    const [mine] = ((await api.gql(list, {}, owner)) as any).data.webhookEndpoints;
    const foreign: any = await api.gql(update, { i: { webhookEndpointId: mine.id, enabled: false } }, outsider);
    expect(foreign.data.updateWebhookEndpoint.userErrors).toEqual([{ code: 'NOT_FOUND', reason: 'WEBHOOK_ENDPOINT_NOT_FOUND', field: 'webhookEndpointId' }]);
    expect(((await api.gql(remove, { i: { webhookEndpointId: mine.id } }, outsider)) as any).data.deleteWebhookEndpoint.userErrors[0].code).toBe('NOT_FOUND');
    expect(((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mine.id }, outsider)) as any).data.node).toBeNull();
    expect(((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mine.id }, manager)) as any).data.node).toBeNull();
    expect(((await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mine.id }, owner)) as any).data.node).toEqual({ id: mine.id });
    expect(await rows()).toEqual(before);
  });

  it('refuse bad input with a clear error and change nothing', async () => {
    const before = await rows();
    const refusal = async (input: object) => ((await api.gql(create, { i: { eventTypes: ['MESSAGE_CREATED'], ...input } }, owner)) as any).data.createWebhookEndpoint.userErrors;
    expect(await refusal({ url: 'not a url' })).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_URL_INVALID', field: 'url' }]);
    expect(await refusal({ url: 'ftp://93.184.215.14/x' })).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_URL_INVALID', field: 'url' }]);
    expect(await refusal({ url: 'https://user:pw@93.184.215.14/x' })).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_URL_INVALID', field: 'url' }]);
    expect(await refusal({ url: 'https://93.184.215.14/x', eventTypes: [] })).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_EVENT_TYPES_EMPTY', field: 'eventTypes' }]);
    expect(await refusal({ url: 'https://93.184.215.14/x', description: 'x'.repeat(501) })).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_DESCRIPTION_LENGTH', field: 'description' }]);
    expect(await rows()).toEqual(before);
  });

  it('refuse private, loopback and link-local addresses, written out or resolved', async () => {
    const before = await rows();
    for (const url of ['http://127.0.0.1:8080/x', 'http://localhost/x', 'http://10.1.2.3/x', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://192.168.1.10/x']) {
      const result: any = await api.gql(create, { i: { url, eventTypes: ['MESSAGE_CREATED'] } }, owner);
      expect(result.data.createWebhookEndpoint.userErrors, url).toEqual([{ code: 'INVALID_INPUT', reason: 'WEBHOOK_URL_PRIVATE', field: 'url' }]);
    }
    const [mine] = ((await api.gql(list, {}, owner)) as any).data.webhookEndpoints;
    const moved: any = await api.gql(update, { i: { webhookEndpointId: mine.id, url: 'http://127.0.0.1/x' } }, owner);
    expect(moved.data.updateWebhookEndpoint.userErrors[0].reason).toBe('WEBHOOK_URL_PRIVATE');
    expect(await rows()).toEqual(before);
  });

  it('are changed and deleted, and the project stops taking their events at once', async () => {
    const [first, second] = ((await api.gql(list, {}, owner)) as any).data.webhookEndpoints;
    const projectId = (await select<{ projectId: string }>(api.app.orm.em.fork(), 'select project_id from webhook_endpoint limit 1'))[0]!.projectId;
    expect(api.app.webhooks.wanted(projectId, ['MESSAGE_CREATED', 'CLIENT_CHANGED', 'PROCESS_RUN_CHANGED'])).toEqual(['MESSAGE_CREATED', 'PROCESS_RUN_CHANGED']);
    const changed: any = await api.gql(update, { i: { webhookEndpointId: first.id, eventTypes: ['CLIENT_CHANGED'], enabled: false } }, owner);
    expect(changed.data.updateWebhookEndpoint.webhookEndpoint).toMatchObject({ eventTypes: ['CLIENT_CHANGED'], enabled: false });
    expect(api.app.webhooks.wanted(projectId, ['MESSAGE_CREATED', 'CLIENT_CHANGED', 'PROCESS_RUN_CHANGED'])).toEqual(['PROCESS_RUN_CHANGED']);
    expect(((await api.gql(remove, { i: { webhookEndpointId: second.id } }, owner)) as any).data.deleteWebhookEndpoint.deletedId).toBe(second.id);
    expect(api.app.webhooks.wanted(projectId, ['MESSAGE_CREATED', 'CLIENT_CHANGED', 'PROCESS_RUN_CHANGED'])).toEqual([]);
    expect(((await api.gql(list, {}, owner)) as any).data.webhookEndpoints.map((endpoint: any) => endpoint.id)).toEqual([first.id]);
  });

  it('cost a client message no statement when no endpoint of the project takes it', async () => {
    // The project has one enabled endpoint, for clients' changes only: messages are not looked at.
    const made: any = await api.gql(create, { i: { url: 'https://93.184.215.14/clients', eventTypes: ['CLIENT_CHANGED'] } }, owner);
    const id = made.data.createWebhookEndpoint.webhookEndpoint.id;
    const start = await api.gql<{ widgetStart: { session: { visitorToken: string } } }>('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    const visitor = `Visitor ${start.data!.widgetStart.session.visitorToken}`;
    const send = (text: string) => api.gql('mutation($t: String!) { widgetSend(input: { text: $t, idempotencyKey: $t }) { message { id } } }', { t: text }, visitor);
    await send('First: opens the conversation');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The visitor's token, the write (its events with it), the outbox's drain taking and logging them: nothing for webhooks.
    const before = api.queries.length;
    expect(await api.countQueries(() => send('Second: into the open conversation'))).toBeLessThanOrEqual(3);
    expect(api.queries.slice(before).filter((sql) => /webhook/.test(sql))).toEqual([]);
    await api.gql(remove, { i: { webhookEndpointId: id } }, owner);
  });

  it('refuse at send time an address that turned private (DNS rebinding): the log shows why', async () => {
    const em = api.app.orm.em.fork();
    const [mine] = ((await api.gql(list, {}, owner)) as any).data.webhookEndpoints;
    await api.gql(update, { i: { webhookEndpointId: mine.id, enabled: true } }, owner);
    // As if the name had resolved to a public address when saved: the row now points at a loopback one.
    await em.execute(`update webhook_endpoint set url = 'http://localhost:9/hook'`);
    const ping: any = await api.gql('mutation($i: WebhookEndpointInput!) { pingWebhookEndpoint(input: $i) { delivery { id } userErrors { code } } }', { i: { webhookEndpointId: mine.id } }, owner);
    expect(ping.data.pingWebhookEndpoint.userErrors).toEqual([]);
    const { attemptNextWebhook } = await import('./webhook-send.service.ts');
    expect(await attemptNextWebhook(api.app, em, (await select<{ id: string }>(em, 'select id from webhook_endpoint'))[0]!.id, 'ping')).toHaveProperty('retryInMs');
    const [delivery] = await select<{ statusCode: number | null; error: string }>(em, `select status_code, error from webhook_delivery where type = 'ping'`);
    expect(delivery).toEqual({ statusCode: null, error: 'localhost is a private or loopback address: it may not be called.' });
    // An address written out is connected to without a lookup: it is checked too.
    await em.execute(`update webhook_endpoint set url = 'http://127.0.0.1:9/hook'`);
    await em.execute(`update webhook_delivery set next_attempt_at = null`);
    await attemptNextWebhook(api.app, em, (await select<{ id: string }>(em, 'select id from webhook_endpoint'))[0]!.id, 'ping');
    const [again] = await select<{ error: string }>(em, `select error from webhook_delivery where type = 'ping'`);
    expect(again!.error).toBe('127.0.0.1 is a private or loopback address: it may not be called.');
  });
});
