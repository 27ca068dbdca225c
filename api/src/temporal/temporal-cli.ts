// Where the `temporal` binary for the local dev server comes from, in this order: TEMPORAL_CLI, PATH, ~/go/bin (or
// Go's own install folder), an earlier download, a download now (the way Temporal's SDKs fetch it), and — offline —
// a build with Go. A newcomer's laptop with none of them gets every option named.
import { execFile, spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_DOWNLOAD_URL, downloadTemporalCli } from './cli-download.ts';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

const execFileAsync = promisify(execFile);

export type ResolveOptions = {
  /** The environment to read (TEMPORAL_CLI, PATH, XDG_CACHE_HOME, TEMPORAL_CLI_DOWNLOAD_URL); process.env by default. */
  env?: NodeJS.ProcessEnv;
  home?: string;
  /** Progress and notices; stderr by default. */
  log?: (line: string) => void;
};

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findOnPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function goEnv(go: string, name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync(go, ['env', name], { env });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Where a download is kept: one copy per version for every checkout on the machine. */
export const cachedCliPath = (env: NodeJS.ProcessEnv, home: string) =>
  join(env.XDG_CACHE_HOME || join(home, '.cache'), 'omni-inbox', 'temporal-cli', TEMPORAL_CLI_VERSION, 'temporal');

async function goInstall(go: string, env: NodeJS.ProcessEnv, installed: string, log: (line: string) => void): Promise<string> {
  log(`[temporal] building the Temporal CLI: CGO_ENABLED=0 go install ${CLI_MODULE} (takes minutes the first time)`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(go, ['install', CLI_MODULE], { env: { ...env, CGO_ENABLED: '0' }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`go install ${CLI_MODULE} failed (${signal ?? `exit code ${code}`})`))));
  });
  if (await isExecutable(installed)) return installed;
  throw new Error(`go install ${CLI_MODULE} succeeded but ${installed} does not exist.`);
}

/** The Temporal CLI binary (see the order above); downloads or builds it when the machine has none. */
export async function resolveTemporalCli(options: ResolveOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const home = options.home ?? homedir();
  const log = options.log ?? ((line: string) => console.error(line));

  const fromEnv = env.TEMPORAL_CLI;
  if (fromEnv) {
    if (await isExecutable(fromEnv)) return fromEnv;
    throw new Error(`TEMPORAL_CLI is set to ${fromEnv}, which is not an executable file.`);
  }
  const onPath = await findOnPath('temporal', env);
  if (onPath) return onPath;
  const homeGoBin = join(home, 'go', 'bin', 'temporal');
  if (await isExecutable(homeGoBin)) return homeGoBin;

  const go = await findOnPath('go', env);
  let goInstalled: string | undefined;
  if (go) {
    const gobin = await goEnv(go, 'GOBIN', env);
    const gopath = (await goEnv(go, 'GOPATH', env))?.split(delimiter)[0];
    goInstalled = join(gobin ?? (gopath ? join(gopath, 'bin') : join(home, 'go', 'bin')), 'temporal');
    if (await isExecutable(goInstalled)) return goInstalled;
  }

  const cached = cachedCliPath(env, home);
  if (await isExecutable(cached)) return cached;
  const baseUrl = env.TEMPORAL_CLI_DOWNLOAD_URL || DEFAULT_DOWNLOAD_URL;
  let downloadError: string;
  try {
    return await downloadTemporalCli({ version: TEMPORAL_CLI_VERSION, dest: cached, baseUrl, progress: options.log });
  } catch (error) {
    const cause = (error as Error).cause;
    downloadError = `${(error as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}`;
    log(`[temporal] could not download the Temporal CLI from ${baseUrl}: ${downloadError}`);
  }

  if (go && goInstalled) return goInstall(go, env, goInstalled, log);

  throw new Error(
    'The Temporal CLI (`temporal`) was not found, and it could not be downloaded ' +
      `from ${baseUrl} (${downloadError}). Provide it in one of these ways: ` +
      '(1) set TEMPORAL_CLI to the path of the binary; ' +
      '(2) put `temporal` on PATH (https://docs.temporal.io/cli#install), or in ~/go/bin; ' +
      `(3) let it be downloaded once into ${cached}: connect to the internet, or set TEMPORAL_CLI_DOWNLOAD_URL to a mirror of ${DEFAULT_DOWNLOAD_URL}; ` +
      `(4) install Go, so that it can be built into ~/go/bin: CGO_ENABLED=0 go install ${CLI_MODULE}`,
  );
}
