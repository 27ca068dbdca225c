// A local Temporal dev server (`temporal server start-dev`) as a child process: for tests, for development, and
// for the single-machine deployment. The child is tied to this process: it is killed when this process exits,
// and a small watchdog kills it even when this process is SIGKILLed.
import { spawn, execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createServer, connect as tcpConnect } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { tieToThisProcess } from '../lib/watchdog.ts';

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

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

const execFileAsync = promisify(execFile);

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function goEnv(go: string, name: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(go, ['env', name]);
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Temporal CLI binary: $TEMPORAL_CLI, then `temporal` on PATH, then ~/go/bin/temporal (or $GOBIN /
 * $(go env GOPATH)/bin), then — when Go is installed — builds it with `go install` (minutes the first time).
 */
export async function resolveTemporalCli(): Promise<string> {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (await isExecutable(fromEnv)) return fromEnv;
    throw new Error(`TEMPORAL_CLI is set to ${fromEnv}, which is not an executable file.`);
  }
  const onPath = await findOnPath('temporal');
  if (onPath) return onPath;
  const homeGoBin = join(homedir(), 'go', 'bin', 'temporal');
  if (await isExecutable(homeGoBin)) return homeGoBin;

  const go = await findOnPath('go');
  if (go) {
    const gobin = await goEnv(go, 'GOBIN');
    const gopath = (await goEnv(go, 'GOPATH'))?.split(delimiter)[0];
    const installDir = gobin ?? (gopath ? join(gopath, 'bin') : join(homedir(), 'go', 'bin'));
    const installed = join(installDir, 'temporal');
    if (await isExecutable(installed)) return installed;

    console.error(`[temporal] Temporal CLI not found; building it: CGO_ENABLED=0 go install ${CLI_MODULE} (takes minutes the first time)`);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(go, ['install', CLI_MODULE], {
        env: { ...process.env, CGO_ENABLED: '0' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`go install ${CLI_MODULE} failed (${signal ?? `exit code ${code}`})`)),
      );
    });
    if (await isExecutable(installed)) return installed;
    throw new Error(`go install ${CLI_MODULE} succeeded but ${installed} does not exist.`);
  }

  throw new Error(
    'The Temporal CLI (`temporal`) was not found. Provide it in one of three ways: ' +
      '(1) set TEMPORAL_CLI to the path of the binary; ' +
      '(2) put `temporal` on PATH (https://docs.temporal.io/cli#install); ' +
      `(3) install Go, so that it can be built into ~/go/bin: CGO_ENABLED=0 go install ${CLI_MODULE}`,
  );
}

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
