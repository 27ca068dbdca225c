// A local HTTP receiver for outgoing webhook tests: records every POST (path, headers, body, when) and answers what
// the test's `answer` says for it (200 by default).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; json: { id: string; type: string; createdAt: string; projectId: string; data: any }; at: number };

export async function startReceiver(answer: (request: Received, received: Received[]) => number | Promise<number> = () => 200) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry = { path: request.url ?? '', headers: request.headers, body, json: JSON.parse(body), at: Date.now() };
      received.push(entry);
      response.statusCode = await answer(entry, received);
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    /** What arrived on a path, in arrival order. */
    on: (path: string) => received.filter((entry) => entry.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
