import { ImapFlow } from 'imapflow';
import { createTransport } from 'nodemailer';
import type { ChannelCapabilities, ChannelDriver } from '../driver.ts';
import { ChannelConnectError } from '../driver.ts';
import { emailFields, emailSettings, imapOptions, settingsFromInput, smtpOptions, type EmailSettings } from './email-config.ts';
import { defaultListenOptions, imapDetail, isAuthFailure, listenMailbox, type ListenOptions } from './email-listen.ts';
import { sendEmail } from './email-send.ts';

export const emailCapabilities: ChannelCapabilities = {
  // No protocol limit on a text body; this keeps one message readable (and far below providers' 10–35 MB caps).
  maxTextLength: 100_000,
  media: ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'],
  buttons: false,
  // Sent mail is in the customer's mailbox: it can be neither edited nor taken back.
  editWithinMs: null,
  deleteWithinMs: null,
  readReceipts: false,
  replyWindowMs: null,
  templates: false,
  subject: true,
};

/**
 * E-mail: IMAP in (IDLE on the INBOX, resumable by UID), SMTP out (with a copy in the Sent folder). Server addresses
 * are the channel's settings, so tests point them at their own servers; `listen` tunes the reconnect backoff and the
 * IDLE renewal.
 */
export function emailDriver(options: { listen?: Partial<ListenOptions> } = {}): ChannelDriver {
  const listenOptions = { ...defaultListenOptions, ...options.listen };
  return {
    kind: 'EMAIL',
    capabilities: emailCapabilities,
    fields: emailFields,
    async connect(input) {
      const { config, secrets } = settingsFromInput(input);
      const settings = emailSettings({ config, secrets });
      await checkImap(settings);
      await checkSmtp(settings);
      return { config, secrets, name: settings.displayName ? `${settings.displayName} <${settings.address}>` : settings.address };
    },
    send: sendEmail,
    listen: (channel, host, signal) => listenMailbox(channel, host, signal, listenOptions),
  };
}

async function checkImap(settings: EmailSettings) {
  const client = new ImapFlow({ ...imapOptions(settings), verifyOnly: true });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const { host, port, user } = settings.imap;
    const said = withoutStop(imapDetail(error));
    throw new ChannelConnectError(
      isAuthFailure(error)
        ? `The IMAP server ${host}:${port} refused the login of ${user}: ${said}. Check the IMAP user and password.`
        : `Could not reach the IMAP server ${host}:${port}: ${said}. Check the IMAP host, port and TLS.`,
    );
  } finally {
    client.close();
  }
}

async function checkSmtp(settings: EmailSettings) {
  const transport = createTransport(smtpOptions(settings));
  const { host, port, user } = settings.smtp;
  try {
    await transport.verify();
  } catch (error) {
    const failure = error as { code?: string; response?: string; message?: string };
    const said = withoutStop(failure.response || failure.message || String(error));
    throw new ChannelConnectError(
      failure.code === 'EAUTH'
        ? `The SMTP server ${host}:${port} refused the login of ${user}: ${said}. Check the SMTP user and password.`
        : `Could not reach the SMTP server ${host}:${port}: ${said}. Check the SMTP host, port and TLS.`,
    );
  } finally {
    transport.close();
  }
}

const withoutStop = (text: string) => text.trim().replace(/[.\s]+$/, '');
