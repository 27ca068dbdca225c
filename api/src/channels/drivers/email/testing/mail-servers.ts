// Test-only: a real Dovecot (IMAP + LMTP + SASL auth) and a real Postfix (SMTP) started from the Debian packages,
// each with its own configuration in a temp dir, on free loopback ports. Mail flows as in production:
//
//   nodemailer ──SMTP AUTH──▶ postfix smtpd ──LMTP──▶ dovecot ──IMAP──▶ imapflow
//                               └── SASL: dovecot auth (same passwd-file as IMAP)
//
// Both need root (Postfix always does; Dovecot drops to uid `nobody` for the mailboxes). See testing/README.md.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const mailDomain = 'example.test';
const host = '127.0.0.1';
const mailUid = 65534; // nobody: Dovecot refuses to open mailboxes as root

export type MailUser = { address: string; password: string };
export type MailServers = {
  host: string;
  imapPort: number;
  smtpPort: number;
  dir: string;
  /** Drops the user's IMAP connections (`doveadm kick`), as a server restart or a network cut would. */
  kick(address: string): void;
  stop(): Promise<void>;
};

/** Whether this machine can run the servers: root, with dovecot-imapd, dovecot-lmtpd and postfix installed. */
export function mailServersAvailable(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/sbin/dovecot') && existsSync('/usr/sbin/postfix') && existsSync('/usr/lib/dovecot/lmtp') && existsSync('/usr/bin/doveadm');
}

export async function startMailServers(users: readonly MailUser[]): Promise<MailServers> {
  const dir = await mkdtemp(join(tmpdir(), 'email-driver-'));
  await chmod(dir, 0o755); // dovecot's login and mail processes run as other users and must reach their sockets
  const [imapPort, lmtpPort, authPort, smtpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const processes: ChildProcess[] = [];
  // A test process that dies without afterAll still takes its servers along.
  const killAll = () => processes.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(processes.map(stopProcess));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    processes.push(await startDovecot(dir, users, { imapPort, lmtpPort, authPort }));
    processes.push(await startPostfix(dir, users, { smtpPort, lmtpPort, authPort }));
  } catch (error) {
    await stop();
    throw error;
  }
  const kick = (address: string) => execFileSync('/usr/bin/doveadm', ['-c', join(dir, 'dovecot.conf'), 'kick', address], { stdio: 'ignore' });
  return { host, imapPort, smtpPort, dir, kick, stop };
}

async function startDovecot(dir: string, users: readonly MailUser[], ports: { imapPort: number; lmtpPort: number; authPort: number }) {
  const mail = join(dir, 'mail');
  await mkdir(mail);
  await chown(mail, mailUid, mailUid);
  await mkdir(join(dir, 'dovecot-state'));
  await writeFile(join(dir, 'users'), users.map((user) => `${user.address}:{PLAIN}${user.password}\n`).join(''));
  const config = `
protocols = imap lmtp
base_dir = ${dir}/dovecot-run
state_dir = ${dir}/dovecot-state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
# A folder the server flags as Sent (SPECIAL-USE, RFC 6154) wherever a mailbox has one; it is not made for every user, so a test
# can also see a mailbox without any Sent folder.
namespace inbox {
  inbox = yes
  mailbox "Sent Items" {
    special_use = \\Sent
  }
}
first_valid_uid = ${mailUid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailUid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = ${host}
    port = ${ports.imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = ${host}
    port = ${ports.lmtpPort}
  }
}
# Postfix checks SMTP AUTH against the same users.
service auth {
  inet_listener {
    address = ${host}
    port = ${ports.authPort}
  }
}
`;
  await writeFile(join(dir, 'dovecot.conf'), config);
  const dovecot = spawn('/usr/sbin/dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPorts(dovecot, [ports.imapPort, ports.lmtpPort, ports.authPort], join(dir, 'dovecot.log'));
  return dovecot;
}

async function startPostfix(dir: string, users: readonly MailUser[], ports: { smtpPort: number; lmtpPort: number; authPort: number }) {
  const root = join(dir, 'postfix');
  const [conf, queue, data] = [join(root, 'conf'), join(root, 'queue'), join(root, 'data')];
  for (const path of [conf, queue, data]) await mkdir(path, { recursive: true });
  const postfixUser = Number(execFileSync('id', ['-u', 'postfix']).toString());
  await chown(data, postfixUser, Number(execFileSync('id', ['-g', 'postfix']).toString()));
  const postconf = (name: string) => execFileSync('/usr/sbin/postconf', ['-h', name]).toString().trim();
  const main = `
compatibility_level = 3.6
queue_directory = ${queue}
data_directory = ${data}
daemon_directory = ${postconf('daemon_directory')}
maillog_file = ${root}/postfix.log
maillog_file_prefixes = ${root}
myhostname = mail.${mailDomain}
mydestination =
inet_interfaces = ${host}
inet_protocols = ipv4
virtual_mailbox_domains = ${mailDomain}
# Known users only (texthash: needs no postmap): an unknown recipient is refused at RCPT TO with 550.
virtual_mailbox_maps = texthash:${conf}/mailboxes
virtual_transport = lmtp:inet:${host}:${ports.lmtpPort}
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:${host}:${ports.authPort}
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtputf8_enable = no
smtpd_error_sleep_time = 0
biff = no
`;
  // No chroot (n in the 5th column): the daemons read the temp dir like any other process.
  const services = [
    `${host}:${ports.smtpPort} inet n - n - - smtpd`,
    'pickup unix n - n 60 1 pickup',
    'cleanup unix n - n - 0 cleanup',
    'qmgr unix n - n 300 1 qmgr',
    'rewrite unix - - n - - trivial-rewrite',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify',
    'flush unix n - n 1000? 0 flush',
    'proxymap unix - - n - - proxymap',
    'smtp unix - - n - - smtp',
    'relay unix - - n - - smtp',
    'showq unix n - n - - showq',
    'error unix - - n - - error',
    'retry unix - - n - - error',
    'discard unix - - n - - discard',
    'lmtp unix - - n - - lmtp',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
  ];
  await writeFile(join(conf, 'main.cf'), main);
  await writeFile(join(conf, 'mailboxes'), users.map((user) => `${user.address} ok\n`).join(''));
  await writeFile(join(conf, 'master.cf'), services.join('\n') + '\n');
  // `postfix check` creates the queue's directories with their owners; then the master runs in the foreground.
  execFileSync('/usr/sbin/postfix', ['-c', conf, 'check'], { stdio: 'ignore' });
  const master = spawn(join(postconf('daemon_directory'), 'master'), ['-c', conf, '-d'], { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForPorts(master, [ports.smtpPort], join(root, 'postfix.log'));
  return master;
}

/** A port the kernel just handed out: the servers take numbers in their configuration, not port 0. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function waitForPorts(child: ChildProcess, ports: number[], log: string) {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if ((await Promise.all(ports.map(portAccepts))).every(Boolean)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const logged = await readFile(log, 'utf8').catch(() => '');
  throw new Error(`${child.spawnfile} did not start listening on ${ports.join(', ')}:\n${stderr}\n${logged}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
