// The processes of the scale-out test (scale-out.test.ts): HAProxy in front of the api nodes, and the gateway in a
// process of its own, as docker-compose.yml runs them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Resolves with the first stdout line that `match` recognises; rejects if the process exits first. */
function firstLine(child: ChildProcess, name: string, match: (line: string) => string | undefined) {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        const found = match(line);
        if (found) return resolve(found);
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true))).once('error', () => resolve(false));
  });

export type Backend = { name: string; url: string };

/**
 * HAProxy (Debian's `haproxy`) balancing HTTP and WebSocket connections over the api nodes round-robin, with no
 * stickiness: each node's /readyz checked every 200 ms, a refused connection sent to another node. Its runtime API
 * drains, readies or moves a node (`admin`).
 */
export async function startLoadBalancer(backends: Backend[]) {
  const dir = await mkdtemp(join(tmpdir(), 'inbox-haproxy-'));
  const port = await freePort();
  const adminSocket = join(dir, 'admin.sock');
  const server = ({ name, url }: Backend) => `  server ${name} ${new URL(url).host}`;
  const config = [
    'global',
    `  stats socket ${adminSocket} level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 1h',
    '  timeout server 1h',
    '  timeout tunnel 1h',
    '  retries 3',
    '  option redispatch 1',
    'frontend inbox',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  default-server check inter 200ms fall 1 rise 1',
    ...backends.map(server),
    '',
  ].join('\n');
  await writeFile(join(dir, 'haproxy.cfg'), config);
  const child = spawn('haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.once('exit', (code) => code && console.error(`[haproxy] exited ${code}:\n${output}`));
  for (let i = 0; !(await accepts(port)); i++) {
    if (child.exitCode !== null || i > 100) throw new Error(`haproxy did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  /** One command of HAProxy's runtime API; answers its reply. */
  const admin = (command: string) =>
    new Promise<string>((resolve, reject) => {
      let reply = '';
      const socket = connect(adminSocket, () => socket.end(`${command}\n`));
      socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
      socket.once('error', reject);
      socket.once('close', () => resolve(reply));
    });
  return {
    url: `http://127.0.0.1:${port}`,
    admin,
    /** `drain`: no new connections go to the node (those it has stay); `ready`: back in the round. */
    setState: (name: string, state: 'drain' | 'ready') => admin(`set server api/${name} state ${state}`),
    /** Points the round's `name` at another address (a node started again elsewhere). */
    move: (name: string, url: string) => admin(`set server api/${name} addr ${new URL(url).hostname} port ${new URL(url).port}`),
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `node gateway/main.ts` in its own process, its subgraphs at `subgraphUrls` (GATEWAY_SUBGRAPH_<NAME>_URL). */
export async function startGatewayProcess(subgraphUrls: Record<string, string>, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [new URL('./main.ts', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GATEWAY_PORT: '0',
      ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`GATEWAY_SUBGRAPH_${name.toUpperCase()}_URL`, url])),
      ...env,
    },
  });
  const url = await firstLine(child, 'the gateway', (line) => /^Gateway\s+(\S+)\/graphql/.exec(line)?.[1]);
  // Its warnings and errors show with the test's output.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[gateway] ${chunk.toString()}`));
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
