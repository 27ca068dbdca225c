// Downloads the Temporal CLI the way Temporal's own SDKs do for their test servers (@temporalio/testing through its
// core bridge): ask temporal.download where the archive for this version and machine is, fetch it, take the
// `temporal` binary out of it. We do it ourselves for what the bridge lacks: a progress line, a checksum check, an
// overridable address (TEMPORAL_CLI_DOWNLOAD_URL, for mirrors and tests) and a dev server we keep managing ourselves.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_DOWNLOAD_URL = 'https://temporal.download';
const INFO_TIMEOUT_MS = 15_000;
// No byte for this long means a dead connection, not a slow one.
const STALL_TIMEOUT_MS = 60_000;

const execFileAsync = promisify(execFile);

type DownloadInfo = { archiveUrl: string; fileToExtract: string };

export type DownloadOptions = {
  /** A tag such as `v1.5.1`, as temporal.download names them. */
  version: string;
  /** Where the binary ends up (written aside, then renamed, so a half download is never taken for one). */
  dest: string;
  baseUrl?: string;
  /** Receives the progress lines (`\r`-joined on a terminal by the default). */
  progress?: (line: string) => void;
  platform?: NodeJS.Platform;
  arch?: string;
};

const machine = (platform: NodeJS.Platform, arch: string) => {
  const os = { linux: 'linux', darwin: 'darwin' }[platform as string];
  const cpu = { x64: 'amd64', arm64: 'arm64' }[arch];
  if (!os || !cpu) throw new Error(`no Temporal CLI download for ${platform}/${arch}`);
  return { os, cpu };
};

async function downloadInfo(base: string, version: string, os: string, cpu: string): Promise<DownloadInfo> {
  const url = new URL(`${base.replace(/\/$/, '')}/cli/${encodeURIComponent(version)}`);
  // The same query as the SDKs' core: `format` asks for a tar.gz where a platform has both.
  url.search = new URLSearchParams({ arch: cpu, platform: os, format: 'tar.gz' }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(INFO_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const info: unknown = await response.json();
  if (typeof info !== 'object' || info === null || !('archiveUrl' in info) || !('fileToExtract' in info)) {
    throw new Error(`${url} did not say where the archive is`);
  }
  const { archiveUrl, fileToExtract } = info;
  if (typeof archiveUrl !== 'string' || typeof fileToExtract !== 'string') throw new Error(`${url} did not say where the archive is`);
  return { archiveUrl: new URL(archiveUrl, url).toString(), fileToExtract };
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

const terminalProgress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K`);
  else console.error(line);
};

// Streams the archive to `file`; returns its SHA-256. Reports every 10 % (or 10 MB when the size is unknown).
async function fetchArchive(url: string, file: string, label: string, progress: (line: string) => void): Promise<string> {
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(new Error(`no data for ${STALL_TIMEOUT_MS / 1000} s`)), STALL_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: stall.signal });
    if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
    const total = Number(response.headers.get('content-length')) || 0;
    const hash = createHash('sha256');
    const out = createWriteStream(file, { mode: 0o600 });
    const closed = new Promise<void>((resolve, reject) => {
      out.once('close', resolve);
      out.once('error', reject);
    });
    let received = 0;
    let reported = -1;
    const report = () => {
      const step = total ? Math.floor((received / total) * 10) : Math.floor(received / 10_000_000);
      if (step === reported) return;
      reported = step;
      progress(`${label}: ${megabytes(received)}${total ? ` of ${megabytes(total)} MB (${Math.round((received / total) * 100)} %)` : ' MB'}`);
    };
    report();
    try {
      for await (const chunk of response.body) {
        clearTimeout(timer);
        timer = setTimeout(() => stall.abort(new Error(`no data for ${STALL_TIMEOUT_MS / 1000} s`)), STALL_TIMEOUT_MS);
        hash.update(chunk);
        received += chunk.byteLength;
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        report();
      }
    } finally {
      out.end();
      await closed;
    }
    if (total && received !== total) throw new Error(`the download stopped at ${received} of ${total} bytes`);
    return hash.digest('hex');
  } finally {
    clearTimeout(timer);
  }
}

// Releases publish SHA-256 sums beside the archives, as goreleaser writes them ("<sha256>  <file name>" lines), in
// `checksums.txt` or `<project>_<version>_checksums.txt`; null when neither is there.
async function publishedChecksum(archiveUrl: string): Promise<string | null> {
  const name = decodeURIComponent(new URL(archiveUrl).pathname.split('/').pop() ?? '');
  for (const file of ['checksums.txt', name.replace(/_[^_]+_[^_]+\.tar\.gz$/, '_checksums.txt')]) {
    const response = await fetch(new URL(file, archiveUrl), { signal: AbortSignal.timeout(INFO_TIMEOUT_MS) }).catch(() => null);
    if (!response?.ok) continue;
    const line = (await response.text()).split('\n').find((entry) => entry.trim().split(/\s+/)[1]?.replace(/^\*/, '') === name);
    if (line) return line.trim().split(/\s+/)[0]?.toLowerCase() ?? null;
  }
  return null;
}

/** One file out of a tar.gz (in memory: the archive is tens of MB, and this runs once per machine). */
export function extractFromTarGz(archive: Buffer, wanted: string): Buffer {
  const tar = gunzipSync(archive);
  const field = (at: number, length: number) => tar.subarray(at, at + length).toString('utf8').replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = field(at, 100);
    if (!name) break;
    const prefix = field(at + 345, 155);
    const size = parseInt(field(at + 124, 12).trim() || '0', 8);
    const type = field(at + 156, 1);
    const path = (prefix ? `${prefix}/${name}` : name).replace(/^\.\//, '');
    if ((type === '0' || type === '') && path === wanted.replace(/^\.\//, '')) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`the archive holds no ${wanted}`);
}

/** Downloads, verifies and installs the CLI at `dest`; resolves with `dest`. */
export async function downloadTemporalCli(options: DownloadOptions): Promise<string> {
  const { version, dest } = options;
  const { os, cpu } = machine(options.platform ?? process.platform, options.arch ?? process.arch);
  const progress = options.progress ?? terminalProgress;
  const info = await downloadInfo(options.baseUrl ?? DEFAULT_DOWNLOAD_URL, version, os, cpu);
  if (!new URL(info.archiveUrl).pathname.endsWith('.tar.gz')) throw new Error(`unsupported archive ${info.archiveUrl} (a .tar.gz was asked for)`);

  await mkdir(dirname(dest), { recursive: true });
  const partial = join(dirname(dest), `.download-${process.pid}-${Date.now()}`);
  try {
    const label = `[temporal] downloading the Temporal CLI ${version} (${os}/${cpu})`;
    const digest = await fetchArchive(info.archiveUrl, `${partial}.tar.gz`, label, progress);
    const expected = await publishedChecksum(info.archiveUrl);
    if (expected && expected !== digest) throw new Error(`checksum mismatch for ${info.archiveUrl}: expected ${expected}, got ${digest}`);
    await writeFile(partial, extractFromTarGz(await readFile(`${partial}.tar.gz`), info.fileToExtract), { mode: 0o755 });
    await chmod(partial, 0o755);
    // It must run and be the version asked for, whatever the checksum said.
    const { stdout } = await execFileAsync(partial, ['--version'], { timeout: 30_000 });
    if (!stdout.includes(version.replace(/^v/, ''))) throw new Error(`the downloaded CLI says "${stdout.trim()}", not ${version}`);
    await rename(partial, dest);
    progress(`[temporal] Temporal CLI ${version} ready at ${dest} (${expected ? 'checksum verified' : 'no checksum published; it runs'})`);
    if (progress === terminalProgress && process.stderr.isTTY) process.stderr.write('\n');
    return dest;
  } finally {
    await rm(partial, { force: true });
    await rm(`${partial}.tar.gz`, { force: true });
  }
}
