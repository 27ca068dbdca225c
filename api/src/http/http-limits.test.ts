// The HTTP side of the public API: bodies refused as soon as they are too large, CORS for third-party browser
// apps, one rule for introspection and suggestions, and the SDL to download.
import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let anna: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false, limits: { corsOrigins: ['https://app.partner.example'] } });
  await api.seed({ clients: 1 });
  anna = await api.login('anna@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

describe('request bodies', () => {
  it('answers 413 from Content-Length alone, before reading anything', async () => {
    const started = Date.now();
    const answer = await new Promise<number>((resolve, reject) => {
      // Declares 100 MB and sends none of it: only a server that does not wait for the body can answer.
      const req = request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 100 * 1024 * 1024 } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toBe(413);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers 413 as soon as a streamed body passes the limit, without reading the rest', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', () => {});
      const pump = () => {
        // At most 100 MB, but the answer must come long before.
        while (sent < 100 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
        if (sent < 100 * 1024 * 1024) req.once('drain', pump);
        else reject(new Error('the whole body was accepted'));
      };
      req.write('{"query": "');
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('CORS', () => {
  const origin = 'https://app.partner.example';

  it('answers an allowed origin’s preflight, and its requests with the origin (credentials only by header)', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json', authorization: anna }, body: JSON.stringify({ query: '{ me { project { name } } }' }) });
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    expect((await answer.json()).data.me.project.name).toBe('Demo Shop');
  });

  it('gives other origins nothing to go on', async () => {
    const preflight = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('introspection and suggestions', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('are for signed-in callers; anonymous ones get neither, whatever the process started with', async () => {
    const signedIn: any = await api.gql(introspection, {}, anna);
    expect(signedIn.data.__schema.queryType.name).toBe('Query');
    const anonymous: any = await api.gql(introspection);
    expect(anonymous.errors[0].message).toMatch(/^Introspection is for signed-in callers/);
    expect(anonymous.data).toBeUndefined();
    expect(((await api.gql('{ __type(name: "Client") { name } }')) as any).errors[0].message).toMatch(/^Introspection/);

    expect(((await api.gql('{ mee { id } }', {}, anna)) as any).errors[0].message).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
    expect(((await api.gql('{ mee { id } }')) as any).errors[0].message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('let GraphiQL and codegen load the whole schema: the full introspection query passes every limit', async () => {
    const full = await api.request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, anna);
    expect(full.body.errors).toBeUndefined();
    expect((full.body.data as any).__schema.types.length).toBeGreaterThan(100);
    expect(full.body.extensions?.cost).toMatchObject({ requestedQueryCost: 0, actualQueryCost: 0 });
  });

  it('follow GRAPHQL_INTROSPECTION: none, or all', async () => {
    for (const [introspectionRule, anonymousMay, operatorMay] of [['NONE', false, false], ['ALL', true, true]] as const) {
      const other = await startTestApi({ worker: false, limits: { introspection: introspectionRule } });
      try {
        await other.seed({ clients: 1 });
        const token = await other.login('anna@demo.test', 'demo-operator');
        expect(Boolean(((await other.gql(introspection)) as any).data?.__schema), `${introspectionRule}, anonymous`).toBe(anonymousMay);
        expect(Boolean(((await other.gql(introspection, {}, token)) as any).data?.__schema), `${introspectionRule}, operator`).toBe(operatorMay);
      } finally {
        await other.stop();
      }
    }
  });
});

describe('the schema to download', () => {
  it('is served as SDL, with descriptions and list sizes, to signed-in callers', async () => {
    expect((await fetch(`${api.url}/graphql/schema.graphql`)).status).toBe(401);
    const answer = await fetch(`${api.url}/graphql/schema.graphql`, { headers: { authorization: anna } });
    expect(answer.status).toBe(200);
    const sdl = await answer.text();
    expect(sdl).toContain('type Query');
    expect(sdl).toContain('directive @listSize');
    expect(sdl).toMatch(/teams: \[Team!\]! @listSize\(assumedSize: 30\)/);
    expect(sdl).toContain('"""');
  });
});
