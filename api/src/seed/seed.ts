import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password.ts';
import { Channel } from '../channels/channel.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { newId } from '../db/ids.ts';
import { Message } from '../messages/message.entity.ts';
import { Operator, type OperatorRole } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { clientLine, firstNames, lastNames, operatorLines, pick } from './demo-data.ts';

export const demoLogins: { name: string; email: string; password: string; role: OperatorRole }[] = [
  { name: 'Olivia Owner', email: 'owner@demo.test', password: 'demo-owner', role: 'OWNER' },
  { name: 'Mark Manager', email: 'manager@demo.test', password: 'demo-manager', role: 'MANAGER' },
  { name: 'Anna Operator', email: 'anna@demo.test', password: 'demo-operator', role: 'OPERATOR' },
  { name: 'Boris Operator', email: 'boris@demo.test', password: 'demo-operator', role: 'OPERATOR' },
];

export const demoWidgetKey = 'demo-shop';

type SeedOptions = {
  clients?: number;
  /** Messages in each client's conversation; by default 2 to 7. */
  messagesPerClient?: number;
  projectName?: string;
  emailDomain?: string;
  widgetKey?: string;
};

/**
 * A project with operators, a web chat channel and `clients` clients, each with a conversation of a few
 * messages spread over the last weeks. Bulk inserts keep 10,000 clients to seconds.
 */
export async function seedDemoProject(em: EntityManager, options: SeedOptions = {}) {
  const clientCount = options.clients ?? 300;
  const domain = options.emailDomain ?? 'demo.test';
  const project = em.create(Project, { id: newId(), name: options.projectName ?? 'Demo Shop', timeZone: 'Europe/Moscow' });
  const operators: Operator[] = [];
  for (const login of demoLogins) {
    operators.push(
      em.create(Operator, {
        id: newId(),
        projectId: project.id,
        name: login.name,
        email: login.email.replace('demo.test', domain),
        passwordHash: await hashPassword(login.password),
        role: login.role,
      }),
    );
  }
  const channel = em.create(Channel, { id: newId(), projectId: project.id, kind: 'WEBCHAT', name: 'Website chat', publicKey: options.widgetKey ?? demoWidgetKey });
  await em.flush();

  const now = Date.now();
  const batch = 1000;
  for (let start = 0; start < clientCount; start += batch) {
    const clients: object[] = [];
    const clientChannels: object[] = [];
    const conversations: object[] = [];
    const messages: object[] = [];
    for (let i = start; i < Math.min(start + batch, clientCount); i++) {
      const clientId = newId();
      const clientChannelId = newId();
      const conversationId = newId();
      const createdAt = new Date(now - (30 * 24 * 3600 * 1000 * (clientCount - i)) / clientCount - 3600_000);
      const name = `${pick(firstNames, i)} ${pick(lastNames, Math.floor(i / firstNames.length) + i)}`;
      const count = options.messagesPerClient ?? 2 + (i % 6);
      let at = createdAt.getTime();
      let lastMessageId = '';
      let unread = 0;
      for (let m = 0; m < count; m++) {
        at += 60_000 * (1 + ((i * 7 + m * 13) % 50));
        const inbound = m % 2 === 0 || m === count - 1;
        lastMessageId = newId();
        unread = inbound ? (i % 3 === 0 ? unread + 1 : 0) : 0;
        messages.push({
          id: lastMessageId,
          projectId: project.id,
          conversationId,
          direction: inbound ? 'INBOUND' : 'OUTBOUND',
          senderKind: inbound ? 'CLIENT' : 'OPERATOR',
          authorId: inbound ? null : pick(operators, i).id,
          text: inbound ? clientLine(i, m) : pick(operatorLines, i + m),
          status: inbound ? (unread ? 'DELIVERED' : 'READ') : 'SENT',
          createdAt: new Date(at),
          sentAt: inbound ? null : new Date(at),
          deliveredAt: inbound ? new Date(at) : null,
        });
      }
      const lastActivityAt = new Date(at);
      clients.push({
        id: clientId,
        projectId: project.id,
        name,
        phone: i % 2 ? `+7 900 ${String(1000000 + i).slice(-7)}` : null,
        email: i % 3 ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${i}@example.com` : null,
        createdAt,
        lastActivityAt,
      });
      clientChannels.push({ id: clientChannelId, projectId: project.id, clientId, channelId: channel.id, platformId: `visitor-seed-${i}`, createdAt });
      conversations.push({
        id: conversationId,
        projectId: project.id,
        clientId,
        channelId: channel.id,
        clientChannelId,
        status: i % 5 === 4 ? 'CLOSED' : 'OPEN',
        assigneeId: i % 4 === 0 ? null : pick(operators, i).id,
        lastActivityAt,
        lastMessageId,
        unreadCount: unread,
        createdAt,
      });
    }
    await em.insertMany(Client, clients as never[]);
    await em.insertMany(ClientChannel, clientChannels as never[]);
    await em.insertMany(Conversation, conversations as never[]);
    await em.insertMany(Message, messages as never[]);
  }
  return { project, channel, operators };
}

export async function hasAnyProject(em: EntityManager): Promise<boolean> {
  return (await em.count(Project, {})) > 0;
}
