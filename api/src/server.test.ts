import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../test/harness.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 2 });
});
afterAll(() => api?.stop());

it('serves health, readiness, GraphiQL from local files, the inbox and the widget pages', async () => {
  const get = async (path: string) => {
    const response = await fetch(`${api.url}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };
  expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok' });
  expect(await get('/readyz')).toMatchObject({ status: 200, body: 'ready' });
  const graphiql = await get('/graphiql');
  expect(graphiql.body).toContain('/graphiql/vendor/graphiql.js');
  expect(graphiql.body).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
  for (const vendor of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js', 'graphql-ws.js']) {
    expect((await get(`/graphiql/vendor/${vendor}`)).status).toBe(200);
  }
  // Paths cannot leave the served folders.
  const raw = await new Promise<string>((resolve) => {
    request(`${api.url}/assets/..%2f..%2f..%2fpackage.json`, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    }).end();
  });
  expect(raw).not.toContain('"omni-inbox"');
});

it('rejects oversize and malformed request bodies without executing anything', async () => {
  const post = (body: string) => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect((await post('{"query": "' + 'x'.repeat(1024 * 1024) + '"}')).status).toBe(413);
  expect((await post('{not json')).status).toBe(400);
});

it('drains on stop: an in-flight request still gets its answer, sockets are told the server is going away', async () => {
  const token = await api.login('anna@demo.test', 'demo-operator');
  const subscription = collect(api.socket({ authorization: token }), 'subscription { inboxEvents { kind } }');
  await settle();

  const body = JSON.stringify({ query: '{ me { operator { email } } }' });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    // Half the body now, the rest after the server began to stop.
    req.write(body.slice(0, 10));
    setTimeout(() => req.end(body.slice(10)), 300);
  });
  await settle(100);
  const stopped = api.stop();
  const { status, body: text } = await answer;
  expect({ status, data: JSON.parse(text).data }).toEqual({ status: 200, data: { me: { operator: { email: 'anna@demo.test' } } } });
  await stopped;
  await settle();
  expect((subscription.failure as { code?: number } | null)?.code ?? (subscription.completed ? 1001 : null)).toBe(1001);
  await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
});
