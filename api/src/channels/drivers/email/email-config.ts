import type { ImapFlowOptions } from 'imapflow';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { ChannelConfig, ChannelSecrets, ConnectField, DriverChannel } from '../driver.ts';
import { ChannelConnectError } from '../driver.ts';

// Settings → Channels → E-mail. The TLS fields take `tls` (implicit TLS), `starttls` (upgrade, required) or `none`
// (cleartext, for servers on a private network); blank picks by port: 993/465 → tls, anything else → starttls.
// A blank user is the address; a blank SMTP password is the IMAP one (most providers use one mailbox password).
// `copyToSent` (yes, the default, or no): a copy of each sent mail goes to the mailbox's Sent folder over IMAP; "no"
// where the provider keeps one of what its SMTP server sends (Gmail), which would show twice.
export const emailFields: readonly ConnectField[] = [
  { name: 'address', secret: false },
  { name: 'displayName', secret: false, optional: true },
  { name: 'imapHost', secret: false },
  { name: 'imapPort', secret: false, type: 'number', optional: true },
  { name: 'imapTls', secret: false, optional: true },
  { name: 'imapUser', secret: false, optional: true },
  { name: 'imapPassword', secret: true, type: 'password' },
  { name: 'smtpHost', secret: false },
  { name: 'smtpPort', secret: false, type: 'number', optional: true },
  { name: 'smtpTls', secret: false, optional: true },
  { name: 'smtpUser', secret: false, optional: true },
  { name: 'smtpPassword', secret: true, type: 'password', optional: true },
  { name: 'copyToSent', secret: false, optional: true },
];

export const tlsModes = ['tls', 'starttls', 'none'] as const;
export type TlsMode = (typeof tlsModes)[number];

export type EmailSettings = {
  address: string;
  displayName: string | null;
  imap: { host: string; port: number; tls: TlsMode; user: string; password: string };
  smtp: { host: string; port: number; tls: TlsMode; user: string; password: string };
  copyToSent: boolean;
};

const addressPattern = /^[^\s@<>]+@[^\s@<>]+$/;
export const isAddress = (value: string) => addressPattern.test(value);

/** Checks the connect form and answers what the channel keeps; throws ChannelConnectError for a bad field. */
export function settingsFromInput(input: Record<string, string>): { config: ChannelConfig; secrets: ChannelSecrets } {
  const value = (name: string) => (input[name] ?? '').trim();
  const address = value('address').toLowerCase();
  if (!isAddress(address)) throw new ChannelConnectError('Enter the e-mail address the channel sends from, like support@example.com.');
  const config: ChannelConfig = { address, displayName: value('displayName') || null };
  for (const protocol of ['imap', 'smtp'] as const) {
    const upper = protocol.toUpperCase();
    const host = value(`${protocol}Host`);
    if (!host) throw new ChannelConnectError(`Enter the ${upper} server's host name.`);
    const portText = value(`${protocol}Port`);
    const port = portText ? Number(portText) : protocol === 'imap' ? 993 : 465;
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ChannelConnectError(`The ${upper} port must be a number from 1 to 65535.`);
    const tls = value(`${protocol}Tls`).toLowerCase() || defaultTls(port);
    if (!(tlsModes as readonly string[]).includes(tls)) throw new ChannelConnectError(`${upper} TLS must be "tls", "starttls" or "none".`);
    Object.assign(config, { [`${protocol}Host`]: host, [`${protocol}Port`]: port, [`${protocol}Tls`]: tls, [`${protocol}User`]: value(`${protocol}User`) || address });
  }
  const copyToSent = value('copyToSent').toLowerCase() || 'yes';
  if (copyToSent !== 'yes' && copyToSent !== 'no') throw new ChannelConnectError('"Copy to Sent" must be "yes" or "no".');
  config.copyToSent = copyToSent;
  const imapPassword = input.imapPassword ?? '';
  if (!imapPassword) throw new ChannelConnectError('Enter the IMAP password.');
  return { config, secrets: { imapPassword, smtpPassword: input.smtpPassword || imapPassword } };
}

const defaultTls = (port: number): TlsMode => (port === 993 || port === 465 ? 'tls' : 'starttls');

export function emailSettings(channel: Pick<DriverChannel, 'config' | 'secrets'>): EmailSettings {
  const { config, secrets } = channel;
  const text = (name: string) => String(config[name] ?? '');
  const tls = (name: string) => (tlsModes as readonly string[]).includes(text(name)) ? (text(name) as TlsMode) : 'tls';
  const address = text('address');
  return {
    address,
    displayName: config.displayName ? String(config.displayName) : null,
    imap: { host: text('imapHost'), port: Number(config.imapPort), tls: tls('imapTls'), user: text('imapUser') || address, password: secrets.imapPassword ?? '' },
    smtp: {
      host: text('smtpHost'),
      port: Number(config.smtpPort),
      tls: tls('smtpTls'),
      user: text('smtpUser') || address,
      password: secrets.smtpPassword || secrets.imapPassword || '',
    },
    // Channels connected before the setting existed keep copies too.
    copyToSent: config.copyToSent !== 'no',
  };
}

export function imapOptions(settings: EmailSettings): ImapFlowOptions {
  const { host, port, tls, user, password } = settings.imap;
  return {
    host,
    port,
    secure: tls === 'tls',
    doSTARTTLS: tls === 'starttls' ? true : tls === 'none' ? false : undefined,
    auth: { user, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
  };
}

export function smtpOptions(settings: EmailSettings): SMTPTransport.Options {
  const { host, port, tls, user, password } = settings.smtp;
  return {
    host,
    port,
    secure: tls === 'tls',
    requireTLS: tls === 'starttls',
    ignoreTLS: tls === 'none',
    auth: { user, pass: password },
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  };
}
