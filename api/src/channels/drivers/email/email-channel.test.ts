import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../../test/harness.ts';
import { selectOne } from '../../../db/rows.ts';
import { idOf, toGlobalId } from '../../../graphql/global-id.ts';
import { deliverQueuedMessage } from '../../delivery.service.ts';
import { eventually, readMailbox, sendMail } from './testing/mail-client.ts';
import { mailServersAvailable, startMailServers, type MailServers } from './testing/mail-servers.ts';

// A mailbox connected in Settings, through the whole product: the client's mail comes in over IMAP and is stored with
// its thread's ids; the operator's answer goes out through delivery in that thread, quoting the mail.
const support = { address: 'support@example.test', password: 'support-secret' };
const customer = { address: 'customer@example.test', password: 'customer-secret' };

describe.skipIf(!mailServersAvailable())('an e-mail channel answering in the thread', () => {
  let servers: MailServers;
  let api: TestApi;
  let owner: string;
  let channelId: string;

  beforeAll(async () => {
    servers = await startMailServers([support, customer]);
    // Delivery is called directly below (no worker), the mailbox listened to as in production.
    api = await startTestApi({ worker: false, listeners: true });
    await api.seed({ clients: 1 });
    owner = await api.login('owner@demo.test', 'demo-owner');
    const fields = { address: support.address, displayName: 'Acme Support', imapHost: servers.host, imapPort: String(servers.imapPort), imapTls: 'none', imapPassword: support.password };
    const smtp = { smtpHost: servers.host, smtpPort: String(servers.smtpPort), smtpTls: 'none' };
    const created: any = await api.gql('mutation($input: CreateChannelInput!) { createChannel(input: $input) { channel { id } userErrors { message } } }', {
      input: { kind: 'EMAIL', fields: Object.entries({ ...fields, ...smtp }).map(([name, value]) => ({ name, value })) },
    }, owner);
    expect(created.data.createChannel.userErrors).toEqual([]);
    channelId = idOf('Channel', created.data.createChannel.channel.id)!;
    await api.app.orm.em.fork().execute(`update project set time_zone = 'Asia/Tokyo'`);
    await eventually(
      async () => (await selectOne<{ listenPosition: string | null }>(api.app.orm.em.fork(), 'select listen_position from channel where id = ?', [channelId]))?.listenPosition ?? undefined,
      'the mailbox to be listened to',
    );
  });
  afterAll(async () => {
    await api?.stop();
    await servers?.stop();
  });

  it("answers a mail whose References has three ids with those three and the mail's Message-ID, quoting it", async () => {
    const references = ['<start@example.test>', '<second@example.test>', '<third@example.test>'];
    const question = await sendMail(servers, customer, {
      from: { name: 'Carol Customer', address: customer.address },
      to: support.address,
      subject: 'Order 1042',
      text: 'Where is my order?',
      inReplyTo: '<third@example.test>',
      references,
    });
    const stored = await eventually(
      async () =>
        (await selectOne<{ conversationId: string; mailReferences: string[]; createdAt: Date }>(
          api.app.orm.em.fork(),
          'select conversation_id, mail_references, created_at from message where external_id = ?',
          [question],
        )) ?? undefined,
      'the mail to be stored',
    );
    expect(stored.mailReferences).toEqual(references);

    const sent: any = await api.gql('mutation($c: ID!, $t: String!) { sendMessage(input: { conversationId: $c, text: $t }) { message { id } userErrors { message } } }', {
      c: toGlobalId('Conversation', stored.conversationId),
      t: 'It ships tomorrow.',
    }, owner);
    const messageId = idOf('Message', sent.data.sendMessage.message.id)!;
    await deliverQueuedMessage(api.app, api.app.orm.em.fork(), api.app.channels.drivers, messageId);

    const answer = await eventually(async () => (await readMailbox(servers, customer)).find((mail) => mail.inReplyTo === question), 'the answer');
    expect(answer.references).toEqual([...references, question]);
    expect(answer.subject).toBe('Re: Order 1042');
    // The date as the project reads it (its time zone), in English: the channel has no language of its own.
    const at = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(stored.createdAt);
    expect(answer.text?.trim()).toBe(`It ships tomorrow.\n\nOn ${at}, Carol Customer <customer@example.test> wrote:\n> Where is my order?`);
    expect(String(answer.html)).toMatch(/<blockquote[^>]*><p>Where is my order\?<\/p><\/blockquote>/);
  });
});
