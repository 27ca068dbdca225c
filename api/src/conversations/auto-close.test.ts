import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { ensureSchedules } from '../../../workflows/src/maintenance/contract.ts';
import { Project } from '../projects/project.entity.ts';
import { closeInactiveConversations } from './auto-close.service.ts';
import { ConversationEvent } from './conversation-event.entity.ts';
import { Conversation } from './conversation.entity.ts';
import { idOf } from '../graphql/global-id.ts';

let api: TestApi;
let projectId: string;
const hour = 3600_000;

beforeAll(async () => {
  api = await startTestApi();
  projectId = (await api.seed({ clients: 6 })).project.id;
});
afterAll(() => api?.stop());

/** Sets every open conversation's last activity `hoursAgo` hours back; answers their ids. */
async function openConversations(hoursAgo: number[]) {
  const em = api.app.orm.em.fork();
  const conversations = await em.find(Conversation, { projectId }, { orderBy: { id: 'asc' }, limit: hoursAgo.length });
  for (const [i, conversation] of conversations.entries()) {
    await em.nativeUpdate(Conversation, { id: conversation.id }, { status: 'OPEN', closedAt: null, lastActivityAt: new Date(Date.now() - hoursAgo[i]! * hour) });
  }
  return conversations.map((c) => c.id);
}

const statusOf = async (id: string) => (await api.app.orm.em.fork().findOneOrFail(Conversation, id)).status;

describe('automatic closing', () => {
  it('closes open conversations quiet for longer than the project’s period, as the system, with the reason, live in the inbox', async () => {
    const [stale, fresh] = await openConversations([30, 2]);
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const inbox = collect<{ inboxEvents: { kind: string; conversation: { id: string; status: string } } }>(
      api.socket({ authorization: anna }),
      'subscription { inboxEvents { kind conversation { id status } } }',
    );
    await settle();
    expect(await closeInactiveConversations(api.app, api.app.orm.em.fork())).toBeGreaterThanOrEqual(1);
    await eventually(async () => inbox.received.some(({ data }) => idOf('Conversation', data!.inboxEvents.conversation.id) === stale));
    expect(inbox.received.map(({ data }) => data!.inboxEvents).find((event) => idOf('Conversation', event.conversation.id) === stale)).toMatchObject({
      kind: 'CONVERSATION_UPDATED',
      conversation: { status: 'CLOSED' },
    });
    inbox.dispose();
    expect(await statusOf(stale!)).toBe('CLOSED');
    expect(await statusOf(fresh!)).toBe('OPEN');
    const event = await api.app.orm.em.fork().findOneOrFail(ConversationEvent, { conversationId: stale!, type: 'CLOSED' });
    expect(event).toMatchObject({ actorId: null, comment: 'No activity for 24 h' });
    // Nothing left to do: a second run closes nothing and records nothing.
    expect(await closeInactiveConversations(api.app, api.app.orm.em.fork())).toBe(0);
  });

  it('follows each project’s setting, and never closes when it is off', async () => {
    const [quiet] = await openConversations([3]);
    const em = api.app.orm.em.fork();
    await em.nativeUpdate(Project, { id: projectId }, { autoCloseAfterMinutes: 120 });
    await closeInactiveConversations(api.app, api.app.orm.em.fork());
    expect(await statusOf(quiet!)).toBe('CLOSED');

    const [old] = await openConversations([24 * 365]);
    await em.nativeUpdate(Project, { id: projectId }, { autoCloseAfterMinutes: null });
    await closeInactiveConversations(api.app, api.app.orm.em.fork());
    expect(await statusOf(old!)).toBe('OPEN');
    await em.nativeUpdate(Project, { id: projectId }, { autoCloseAfterMinutes: 24 * 60 });
  });

  it('runs from a Temporal schedule, not a timer in the API', async () => {
    const [stale] = await openConversations([48]);
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    const client = new Client({ connection });
    const scheduleId = await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: `test-${randomBytes(4).toString('hex')}-` });
    // Creating it again (every process start does) is harmless.
    await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: scheduleId.replace('auto-close-conversations', '') });
    const handle = client.schedule.getHandle(scheduleId);
    const description = await handle.describe();
    expect(description.spec.intervals?.[0]?.every).toBe(10 * 60 * 1000);
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'closeInactiveConversations' });

    await handle.trigger();
    await eventually(async () => (await statusOf(stale!)) === 'CLOSED', 20_000);
    await handle.delete();
    await connection.close();
  });
});

describe('project settings', () => {
  const update = 'mutation($input: UpdateProjectSettingsInput!) { updateProjectSettings(input: $input) { project { name timeZone autoCloseAfterMinutes } userErrors { code field } } }';

  it('lets owners change the inactivity period, time zone and name, checking each', async () => {
    const owner = await api.login('owner@demo.test', 'demo-owner');
    const changed: any = await api.gql(update, { input: { autoCloseAfterMinutes: 60, timeZone: 'Asia/Yekaterinburg' } }, owner);
    expect(changed.data.updateProjectSettings).toEqual({ project: { name: 'Demo Shop', timeZone: 'Asia/Yekaterinburg', autoCloseAfterMinutes: 60 }, userErrors: [] });
    for (const [input, field] of [[{ autoCloseAfterMinutes: 1 }, 'autoCloseAfterMinutes'], [{ timeZone: 'Mars/Olympus' }, 'timeZone'], [{ name: ' ' }, 'name']] as const) {
      const result: any = await api.gql(update, { input }, owner);
      expect(result.data.updateProjectSettings).toEqual({ project: null, userErrors: [{ code: 'INVALID_INPUT', field }] });
    }
    const off: any = await api.gql(update, { input: { autoCloseAfterMinutes: null } }, owner);
    expect(off.data.updateProjectSettings.project.autoCloseAfterMinutes).toBeNull();
    await api.gql(update, { input: { autoCloseAfterMinutes: 24 * 60 } }, owner);
  });

  it('refuses operators', async () => {
    const operator = await api.login('anna@demo.test', 'demo-operator');
    const result: any = await api.gql(update, { input: { autoCloseAfterMinutes: 60 } }, operator);
    expect(result.data.updateProjectSettings.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
  });
});
