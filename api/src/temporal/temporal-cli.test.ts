// Where the Temporal CLI comes from, on a pretend machine: fake binaries in temporary folders, a local HTTP server
// in temporal.download's place serving a real tar.gz with a `temporal` script in it, and a fake `go`.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractFromTarGz } from './cli-download.ts';
import { findFreePort } from './dev-server.ts';
import { cachedCliPath, resolveTemporalCli, TEMPORAL_CLI_VERSION } from './temporal-cli.ts';

const run = promisify(execFile);
const version = TEMPORAL_CLI_VERSION.replace(/^v/, '');
const archiveName = `temporal_cli_${version}_linux_amd64.tar.gz`;

let root: string;
let archive: Buffer;
let server: Server;
let baseUrl: string;
// What the fake temporal.download answers with, and what it was asked.
let checksum: string;
let checksumsFile: string | null;
const requests: string[] = [];
// Where nothing listens: the download fails at once, as offline.
let offline: string;

const script = async (path: string, body: string) => {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
};

// The real release's shape: a tar.gz with the binary at its top, beside a licence.
const makeArchive = async (printed: string) => {
  const content = await mkdtemp(join(root, 'archive-'));
  await script(join(content, 'temporal'), `echo "temporal version ${printed} (Server 1.29.1, UI 2.42.1)"`);
  await writeFile(join(content, 'LICENSE'), 'MIT');
  await run('tar', ['-czf', join(content, archiveName), '-C', content, 'LICENSE', 'temporal']);
  return readFile(join(content, archiveName));
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'temporal-cli-test-'));

  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    if (url.pathname === `/cli/${TEMPORAL_CLI_VERSION}`) {
      const wanted = url.searchParams.get('platform') === 'linux' && url.searchParams.get('arch') === 'amd64' && url.searchParams.get('format') === 'tar.gz';
      if (!wanted) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ archiveUrl: `${baseUrl}/assets/${archiveName}`, fileToExtract: 'temporal' }));
    }
    if (url.pathname === `/assets/${archiveName}`) return void res.writeHead(200, { 'content-length': archive.length }).end(archive);
    if (url.pathname === `/assets/${checksumsFile}`) return void res.writeHead(200).end(`${checksum}  ${archiveName}\n0000  other.zip\n`);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  offline = `http://127.0.0.1:${await findFreePort()}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

// A fresh pretend machine for each test: an empty home, and a PATH holding only what a test puts there.
let home: string;
let bin: string;
let lines: string[];
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: bin, TEMPORAL_CLI_DOWNLOAD_URL: baseUrl, ...extra });
const resolve = (extra: NodeJS.ProcessEnv = {}) => resolveTemporalCli({ env: env(extra), home, log: (line) => lines.push(line) });

beforeEach(async () => {
  home = await mkdtemp(join(root, 'home-'));
  bin = join(home, 'bin');
  await mkdir(bin);
  lines = [];
  requests.length = 0;
  archive = await makeArchive(version);
  checksum = createHash('sha256').update(archive).digest('hex');
  checksumsFile = 'checksums.txt';
});

describe('resolveTemporalCli', () => {
  it('takes TEMPORAL_CLI first, then PATH, then ~/go/bin, then an earlier download', async () => {
    const cached = await script(cachedCliPath({}, home), 'echo cached');
    expect(await resolve()).toBe(cached);
    const goBin = await script(join(home, 'go', 'bin', 'temporal'), 'echo go');
    expect(await resolve()).toBe(goBin);
    const onPath = await script(join(bin, 'temporal'), 'echo path');
    expect(await resolve()).toBe(onPath);
    const chosen = await script(join(home, 'chosen', 'temporal'), 'echo chosen');
    expect(await resolve({ TEMPORAL_CLI: chosen })).toBe(chosen);
    await expect(resolve({ TEMPORAL_CLI: join(home, 'missing') })).rejects.toThrow(/TEMPORAL_CLI is set to .*missing, which is not an executable file/);
    expect(requests).toEqual([]);
  });

  it('downloads it the way Temporal’s SDKs do, with a progress line, checks it and keeps it for next time', async () => {
    const path = await resolve({ XDG_CACHE_HOME: join(home, 'cache') });
    expect(path).toBe(join(home, 'cache', 'omni-inbox', 'temporal-cli', TEMPORAL_CLI_VERSION, 'temporal'));
    expect((await run(path, ['--version'])).stdout).toContain(`temporal version ${version}`);
    expect(requests).toEqual([`/cli/${TEMPORAL_CLI_VERSION}?arch=amd64&platform=linux&format=tar.gz`, `/assets/${archiveName}`, '/assets/checksums.txt']);
    expect(lines[0]).toMatch(new RegExp(`^\\[temporal\\] downloading the Temporal CLI ${TEMPORAL_CLI_VERSION} \\(linux/amd64\\): 0\\.0 of 0\\.0 MB \\(0 %\\)$`));
    expect(lines).toContain(`[temporal] Temporal CLI ${TEMPORAL_CLI_VERSION} ready at ${path} (checksum verified)`);
    // Nothing half-written is left beside it.
    expect(await readdir(join(path, '..'))).toEqual(['temporal']);

    requests.length = 0;
    expect(await resolve({ XDG_CACHE_HOME: join(home, 'cache') })).toBe(path);
    expect(requests).toEqual([]);
  });

  it('refuses an archive whose checksum differs, keeping nothing', async () => {
    checksum = 'f'.repeat(64);
    await expect(resolve()).rejects.toThrow(/could not be downloaded .*checksum mismatch/s);
    expect(lines.some((line) => line.includes('checksum mismatch'))).toBe(true);
    expect(await readdir(join(cachedCliPath({}, home), '..'))).toEqual([]);
  });

  it('finds the sums under the release’s own name, and without any trusts a binary that runs as the version asked', async () => {
    checksumsFile = `temporal_cli_${version}_checksums.txt`;
    const path = await resolve();
    expect(requests).toContain(`/assets/${checksumsFile}`);
    expect(lines.at(-1)).toContain('(checksum verified)');

    await rm(path);
    checksumsFile = null;
    await resolve();
    expect(lines.at(-1)).toBe(`[temporal] Temporal CLI ${TEMPORAL_CLI_VERSION} ready at ${path} (no checksum published; it runs)`);

    await rm(path);
    archive = await makeArchive('1.0.0');
    await expect(resolve()).rejects.toThrow(`the downloaded CLI says "temporal version 1.0.0 (Server 1.29.1, UI 2.42.1)", not ${TEMPORAL_CLI_VERSION}`);
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('builds it with Go when the download is impossible (offline)', async () => {
    // A `go` that "installs" into GOBIN, as `go install` would.
    const gobin = join(home, 'gobin');
    await script(join(bin, 'go'), `PATH=/usr/bin:/bin; case "$1" in env) [ "$2" = GOBIN ] && echo "${gobin}";; install) mkdir -p "${gobin}" && printf '#!/bin/sh\\necho built\\n' > "${gobin}/temporal" && chmod +x "${gobin}/temporal";; esac`);
    const path = await resolve({ TEMPORAL_CLI_DOWNLOAD_URL: offline });
    expect(path).toBe(join(gobin, 'temporal'));
    expect(lines[0]).toBe(`[temporal] could not download the Temporal CLI from ${offline}: fetch failed: connect ECONNREFUSED ${offline.slice(7)}`);
    expect(lines[1]).toContain(`CGO_ENABLED=0 go install github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`);
  });

  it('names every way to get it when none works', async () => {
    const failure = resolve({ TEMPORAL_CLI_DOWNLOAD_URL: offline });
    await expect(failure).rejects.toThrow(`not found, and it could not be downloaded from ${offline} (fetch failed: connect ECONNREFUSED`);
    const message = String(await failure.catch((error: unknown) => error));
    for (const option of ['TEMPORAL_CLI', 'PATH', '~/go/bin', cachedCliPath({}, home), 'TEMPORAL_CLI_DOWNLOAD_URL', 'install Go']) expect(message).toContain(option);
  });
});

describe('extractFromTarGz', () => {
  it('takes one file out of a release archive, and says when it is not there', () => {
    expect(extractFromTarGz(archive, 'temporal').toString()).toContain(`temporal version ${version}`);
    expect(() => extractFromTarGz(archive, 'tctl')).toThrow('the archive holds no tctl');
  });
});
