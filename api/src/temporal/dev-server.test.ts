import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, startTemporalDevServer } from './dev-server.ts';
import type { TemporalDevServer } from './dev-server.ts';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('startTemporalDevServer', () => {
  let dir: string | undefined;
  let server: TemporalDevServer | undefined;

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs a dev server with a SQLite file on a free port, and frees the port on stop', async () => {
    dir = await mkdtemp(join(tmpdir(), 'temporal-dev-server-test-'));
    const dbFile = join(dir, 'temporal.db');
    const port = await findFreePort();
    server = await startTemporalDevServer({ dbFile, port, namespace: 'dev-server-test' });
    expect(server.address).toBe(`127.0.0.1:${port}`);
    expect(server.namespace).toBe('dev-server-test');
    expect((await stat(dbFile)).size).toBeGreaterThan(0);

    const connection = await Connection.connect({ address: server.address });
    try {
      const { namespaceInfo } = await connection.workflowService.describeNamespace({ namespace: 'dev-server-test' });
      expect(namespaceInfo?.name).toBe('dev-server-test');
    } finally {
      await connection.close();
    }

    await server.stop();
    await server.stop(); // idempotent
    server = undefined;
    expect(await portIsFree(port)).toBe(true);
  }, 90_000);

  it('fails with the server output when the server cannot start', async () => {
    // Something else holds the port; it accepts TCP but speaks no gRPC.
    const sockets = new Set<Socket>();
    const blocker = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      await expect(startTemporalDevServer({ port })).rejects.toThrow(/exited \(exit code 1\) before it was ready:\n.*address already in use/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 90_000);
});
