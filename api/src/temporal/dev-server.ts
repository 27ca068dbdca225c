// A local Temporal dev server (`temporal server start-dev`) as a child process: for tests, for development, and
// for the single-machine deployment. The child is tied to this process: it is killed when this process exits,
// and a small watchdog kills it even when this process is SIGKILLed.
import { spawn } from 'node:child_process';
import { createServer, connect as tcpConnect } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { tieToThisProcess } from '../lib/watchdog.ts';
import { resolveTemporalCli } from './temporal-cli.ts';

export { resolveTemporalCli, TEMPORAL_CLI_VERSION } from './temporal-cli.ts';

export type TemporalDevServer = { address: string; namespace: string; stop: () => Promise<void> };

export type StartTemporalDevServerOptions = {
  /** SQLite file for persistent state; in-memory when omitted. */
  dbFile?: string;
  /** Frontend gRPC port; 0 or undefined picks a free port. */
  port?: number;
  /** Web UI port (0 picks a free one); false or undefined runs headless. */
  uiPort?: number | false;
  /** Namespace created at launch (the "default" namespace always exists). */
  namespace?: string;
  /** Receives every line the server prints. */
  log?: (line: string) => void;
};

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

/** A port that was free a moment ago on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

function tcpAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Resolves with a description of how the child ended.
function exitOf(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.signalCode ?? `exit code ${child.exitCode}`);
  }
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`));
    child.once('error', (error) => resolve(`failed: ${error.message}`));
  });
}

async function waitUntilReady(
  address: string,
  port: number,
  namespace: string,
  exited: Promise<string>,
  outputTail: () => string,
): Promise<void> {
  let exitedWith: string | undefined;
  void exited.then((how) => {
    exitedWith = how;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (exitedWith) throw new Error(`Temporal dev server exited (${exitedWith}) before it was ready:\n${outputTail()}`);
    if (await tcpAccepts(port)) {
      let connection: Connection | undefined;
      try {
        connection = await Connection.connect({ address, connectTimeout: 2000 });
        const probe = connection;
        await probe.withDeadline(Date.now() + 2000, () => probe.workflowService.describeNamespace({ namespace }));
        return;
      } catch (error) {
        lastError = error;
      } finally {
        await connection?.close().catch(() => {});
      }
    }
    await sleep(200);
  }
  throw new Error(
    `Temporal dev server at ${address} was not ready within ${READY_TIMEOUT_MS / 1000} s` +
      `${lastError ? ` (last error: ${String(lastError)})` : ''}:\n${outputTail()}`,
  );
}

async function startOnce(
  cli: string,
  port: number,
  options: StartTemporalDevServerOptions,
  namespace: string,
): Promise<TemporalDevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--namespace', namespace];
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.uiPort === undefined || options.uiPort === false) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort || (await findFreePort())));

  // Its own process group: a Ctrl+C in the terminal reaches only our process, which stops this server last.
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const tail: string[] = [];
  const onOutput = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      options.log?.(line);
    }
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);
  const exited = exitOf(child);

  // SIGTERM lets the server close its SQLite file cleanly; the watchdog follows up with SIGKILL if it lingers.
  const killOnExit = () => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);
  // Never hold this process open on the server's account: the 'exit' handler and the watchdog end it.
  child.unref();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();

  let releaseWatchdog: (() => void) | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      releaseWatchdog?.();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', killOnExit);
    })();
    return stopping;
  };

  try {
    await spawned;
    releaseWatchdog = tieToThisProcess(child, { signal: 'SIGTERM', graceMs: STOP_GRACE_MS });
    const address = `127.0.0.1:${port}`;
    await waitUntilReady(address, port, namespace, exited, () => tail.join('\n'));
    return { address, namespace, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts `temporal server start-dev` on 127.0.0.1 and resolves once its frontend answers gRPC calls for
 * `namespace`. Call `stop()` to end it (SIGTERM, then SIGKILL after 10 s).
 */
export async function startTemporalDevServer(options: StartTemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const cli = await resolveTemporalCli();
  const namespace = options.namespace ?? 'default';
  const pickPort = !options.port;
  // A port we picked can be taken by someone else before the server binds it: then try another one.
  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await findFreePort() : (options.port as number);
    try {
      return await startOnce(cli, port, options, namespace);
    } catch (error) {
      const portTaken = /address already in use|bind:/i.test(String(error));
      if (!pickPort || !portTaken || attempt >= 3) throw error;
    }
  }
}
