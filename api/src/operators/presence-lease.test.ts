import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, collect, startApiProcess, startTestApi, type TestApi } from '../../test/harness.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { topics } from '../pubsub/pubsub.ts';
import { effectivePresence, Operator } from './operator.entity.ts';
import { PresenceLease } from './presence-lease.entity.ts';
import { presenceSettings } from './presence-settings.ts';

// Presence follows the operators' sockets on every api node (Redis between them), with leases of seconds here.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const presence = { ttlMs: 2000, heartbeatMs: 400, graceMs: 400 };
// What a busy machine may add to the times the rules allow.
const slackMs = 1000;

type Name = 'anna' | 'boris' | 'manager';
const logins: Record<Name, [string, string]> = {
  anna: ['anna@demo.test', 'demo-operator'],
  boris: ['boris@demo.test', 'demo-operator'],
  manager: ['manager@demo.test', 'demo-manager'],
};
const names: Record<Name, string> = { anna: 'Anna Operator', boris: 'Boris Operator', manager: 'Mila Manager' };

let api: TestApi;
let projectId: string;
const ids = {} as Record<Name, string>;
const stops: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  api = await startTestApi({ worker: false, redisUrl, presence });
  const { project, operators } = await api.seed({ clients: 2 });
  projectId = project.id;
  for (const name of Object.keys(logins) as Name[]) {
    const operator = operators.find((o) => o.email === logins[name][0])!;
    ids[name] = operator.id;
    names[name] = operator.name;
  }
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await api?.stop();
});

const login = (who: Name) => api.login(...logins[who]);

async function setPresence(token: string, status: 'ONLINE' | 'AWAY' | 'OFFLINE') {
  const result = await api.gql<{ setPresence: { userErrors: unknown[] } }>('mutation($s: PresenceStatus!) { setPresence(input: { status: $s }) { userErrors { code } } }', { s: status }, token);
  expect(result.data?.setPresence.userErrors).toEqual([]);
}

type TeamMember = { name: string; presence: string; chosenPresence: string };

/** The team as `token`'s operator reads it now. */
async function team(token: string) {
  const result = await api.gql<{ operators: TeamMember[] }>('{ operators { name presence chosenPresence } }', {}, token);
  return result.data!.operators;
}

/** A change of nobody's presence on the project's topic: subscribers get the manager's row as it is. */
const poke = () => api.app.pubsub.publish(topics.presence(projectId), { operatorId: ids.manager });

/**
 * `token`'s operator watching operatorPresence on the first api node, from the moment this resolves (graphql-ws
 * acknowledges no subscribe, so the topic is poked until the subscription delivers). `of(name)`: that operator's
 * statuses since.
 */
async function watch(token: string) {
  const live = collect<{ operatorPresence: { name: string; presence: string } }>(api.socket({ authorization: token }), 'subscription { operatorPresence { name presence } }');
  await eventually(async () => (await poke(), live.received.length > 0));
  const of = (who: Name) => live.received.map((r) => r.data?.operatorPresence).filter((p) => p?.name === names[who]).map((p) => p!.presence);
  return {
    of,
    /** Waits until `who`'s statuses are `statuses`; answers the milliseconds that took. */
    async until(who: Name, statuses: string[], timeout = 15_000) {
      const started = Date.now();
      await expect.poll(() => of(who), { timeout, interval: 10 }).toEqual(statuses);
      return Date.now() - started;
    },
    /** Whatever was published before this is delivered once this resolves (one publisher, in order). */
    async delivered() {
      const count = live.received.length;
      await poke();
      await expect.poll(() => live.received.length, { timeout: 10_000, interval: 10 }).toBeGreaterThan(count);
    },
  };
}

/** A new visitor writes: the web chat creates the conversation and distributes it. Answers its assignee's id. */
async function newVisitorConversation() {
  const start = await api.gql<{ widgetStart: { session: { visitorToken: string } } }>('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
  const visitor = `Visitor ${start.data!.widgetStart.session.visitorToken}`;
  const sent = await api.gql<{ widgetSend: { message: { id: string } | null } }>('mutation { widgetSend(input: { text: "Hi!", idempotencyKey: "hi" }) { message { id } } }', {}, visitor);
  expect(sent.data?.widgetSend.message).toBeTruthy();
  const newest = await api.app.orm.em.fork().findOneOrFail(Conversation, { projectId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  return newest.assigneeId;
}

/** Round-robin would give `first` the next conversation, if they can take it. */
async function preferNext(first: Name) {
  const em = api.app.orm.em.fork();
  await em.nativeUpdate(Operator, { projectId }, { lastAssignedAt: new Date() });
  await em.nativeUpdate(Operator, { id: ids[first] }, { lastAssignedAt: null });
}

describe('presence settings', () => {
  it('refuses a heartbeat that does not fit twice in the lease, and a grace longer than it', () => {
    expect(presenceSettings({ ttlMs: 60_000, heartbeatMs: 20_000, graceMs: 10_000 })).toEqual({ ttlMs: 60_000, heartbeatMs: 20_000, graceMs: 10_000 });
    expect(() => presenceSettings({ ttlMs: 30_000, heartbeatMs: 20_000 })).toThrow(/PRESENCE_HEARTBEAT_SECONDS/);
    expect(() => presenceSettings({ ttlMs: 30_000, heartbeatMs: 10_000, graceMs: 40_000 })).toThrow(/PRESENCE_GRACE_SECONDS/);
  });

  it('shows the chosen status only while a lease runs', () => {
    const now = Date.now();
    expect(effectivePresence({ presence: 'AWAY', onlineUntil: new Date(now + 1000) }, now)).toBe('AWAY');
    expect(effectivePresence({ presence: 'AWAY', onlineUntil: new Date(now - 1) }, now)).toBe('OFFLINE');
    expect(effectivePresence({ presence: 'ONLINE', onlineUntil: null }, now)).toBe('OFFLINE');
  });
});

describe('presence that follows the sockets', () => {
  it('shows the chosen status while a socket is open, goes offline within the expiry after the last one closes, and comes back with the next', async () => {
    const anna = await login('anna');
    // Chosen with no inbox open: kept, not shown.
    await setPresence(anna, 'ONLINE');
    expect((await team(anna)).find((m) => m.name === names.anna)).toEqual({ name: names.anna, presence: 'OFFLINE', chosenPresence: 'ONLINE' });
    const view = await watch(await login('boris'));

    const tab = await api.connect({ authorization: anna });
    await view.until('anna', ['ONLINE']);
    expect((await team(anna)).find((m) => m.name === names.anna)?.presence).toBe('ONLINE');

    const closedAt = Date.now();
    await tab.dispose();
    await view.until('anna', ['ONLINE', 'OFFLINE']);
    const offlineAfter = Date.now() - closedAt;
    // Not before the grace a reload gets; within the expiry.
    expect(offlineAfter).toBeGreaterThanOrEqual(presence.graceMs - 20);
    expect(offlineAfter).toBeLessThan(presence.ttlMs + slackMs);

    const again = await api.connect({ authorization: anna });
    await view.until('anna', ['ONLINE', 'OFFLINE', 'ONLINE']);
    await again.dispose();
    await view.until('anna', ['ONLINE', 'OFFLINE', 'ONLINE', 'OFFLINE']);
  });

  it('keeps the operator online through a reload within the grace and while another tab stays open', async () => {
    const anna = await login('anna');
    const view = await watch(await login('boris'));
    const first = await api.connect({ authorization: anna });
    await view.until('anna', ['ONLINE']);

    // A reload: the old socket closes, the new page connects.
    await first.dispose();
    const reloaded = await api.connect({ authorization: anna });
    // A second tab, closed again.
    await (await api.connect({ authorization: anna })).dispose();
    // Once the closed sockets' leases ran out and were swept, whatever the sweep announced has been published.
    const leases = () => api.app.orm.em.fork().count(PresenceLease, { operatorId: ids.anna });
    await eventually(async () => (await leases()) === 1);
    await view.delivered();
    expect(view.of('anna')).toEqual(['ONLINE']);

    await reloaded.dispose();
    await view.until('anna', ['ONLINE', 'OFFLINE']);
  });

  it('sets the operator offline at once on logout unless another session of theirs is connected, and back to their choice when they return', async () => {
    const view = await watch(await login('boris'));
    const first = await login('anna');
    await api.connect({ authorization: first });
    await view.until('anna', ['ONLINE']);
    const second = await login('anna');
    await api.connect({ authorization: second });

    const logout = (token: string) => api.gql<{ logout: { loggedOut: boolean } }>('mutation { logout { loggedOut } }', {}, token);
    expect((await logout(second)).data?.logout.loggedOut).toBe(true);
    await view.delivered();
    expect(view.of('anna')).toEqual(['ONLINE']);

    // Announced before the logout answered: the event is there before one published just after.
    expect((await logout(first)).data?.logout.loggedOut).toBe(true);
    await view.delivered();
    expect(view.of('anna')).toEqual(['ONLINE', 'OFFLINE']);
    expect(await api.app.orm.em.fork().count(PresenceLease, { operatorId: ids.anna })).toBe(0);

    // The chosen status was kept: logging in again brings it back.
    const third = await login('anna');
    const tab = await api.connect({ authorization: third });
    await view.until('anna', ['ONLINE', 'OFFLINE', 'ONLINE']);
    await tab.dispose();
    await view.until('anna', ['ONLINE', 'OFFLINE', 'ONLINE', 'OFFLINE']);
  });

  it('gives no new conversation to an operator whose lease lapsed, while an online one gets it; only they count as online', async () => {
    const manager = await login('manager');
    const view = await watch(manager);
    const [anna, boris] = [await login('anna'), await login('boris')];
    await setPresence(anna, 'ONLINE');
    await setPresence(boris, 'ONLINE');
    await api.connect({ authorization: boris });
    await (await api.connect({ authorization: anna })).dispose();
    await view.until('anna', ['ONLINE', 'OFFLINE']);

    await preferNext('anna');
    expect(await newVisitorConversation()).toBe(ids.boris);
    const members = await team(manager);
    expect(members.filter((m) => m.presence === 'ONLINE').map((m) => m.name)).toEqual([names.boris]);
    expect(members.find((m) => m.name === names.anna)).toMatchObject({ presence: 'OFFLINE', chosenPresence: 'ONLINE' });
  });

  it('drops an operator whose api node was killed (SIGKILL) within the expiry, for the other node’s subscribers, and gives them nothing', async () => {
    const node = await startApiProcess(api, redisUrl, {
      PRESENCE_TTL_SECONDS: String(presence.ttlMs / 1000),
      PRESENCE_HEARTBEAT_SECONDS: String(presence.heartbeatMs / 1000),
      PRESENCE_GRACE_SECONDS: String(presence.graceMs / 1000),
    });
    stops.push(node.kill);
    const view = await watch(await login('manager'));
    const boris = await login('boris');
    await setPresence(boris, 'ONLINE');
    await api.connect({ authorization: boris });
    const anna = await login('anna');
    await setPresence(anna, 'ONLINE');
    await api.connect({ authorization: anna }, node.url);
    // Her socket's node told this one, through Redis.
    await view.until('anna', ['ONLINE']);
    // While her node lives (and renews), she gets conversations: she is next in the round.
    await preferNext('anna');
    expect(await newVisitorConversation()).toBe(ids.anna);

    const killedAt = Date.now();
    await node.kill();
    await view.until('anna', ['ONLINE', 'OFFLINE']);
    const offlineAfter = Date.now() - killedAt;
    console.log(`[presence] offline ${offlineAfter} ms after SIGKILL of her api node (lease ${presence.ttlMs} ms, heartbeat ${presence.heartbeatMs} ms)`);
    expect(offlineAfter).toBeLessThan(presence.ttlMs + slackMs);

    await preferNext('anna');
    expect(await newVisitorConversation()).toBe(ids.boris);
  });
});
