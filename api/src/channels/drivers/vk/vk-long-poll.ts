import { setTimeout as sleep } from 'node:timers/promises';
import type { DriverChannel, InboundEvent, ListenHost } from '../driver.ts';
import { vkClient } from './vk-api.ts';
import { vkEvents, type VkUpdate } from './vk-events.ts';

const longPollWaitSeconds = 25;
const maxBackoffMs = 60_000;

/**
 * Bots Long Poll: groups.getLongPollServer, then `a_check` with the last stored `ts`. vk-io's own poller keeps its
 * `ts` in memory and advances it before the handler finishes, so it could neither resume after a restart nor wait
 * for the batch to be stored; the loop is here, and vk-io makes the API calls.
 */
export async function longPoll(
  apiRoot: string,
  channel: DriverChannel,
  host: ListenHost,
  signal: AbortSignal,
  named: (events: InboundEvent[]) => Promise<InboundEvent[]>,
): Promise<void> {
  const groupId = Number(channel.config.groupId);
  const { api } = vkClient(apiRoot, channel.secrets.accessToken ?? '');
  let ts = host.position;
  let server: { server: string; key: string } | null = null;
  let backoffMs = 1000;
  while (!signal.aborted) {
    try {
      if (!server) {
        const answer = await api.groups.getLongPollServer({ group_id: groupId });
        server = { server: answer.server, key: answer.key };
        ts ??= String(answer.ts);
        host.ok();
      }
      const url = new URL(server.server);
      url.search = new URLSearchParams({ act: 'a_check', key: server.key, ts: ts ?? '', wait: String(longPollWaitSeconds) }).toString();
      const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout((longPollWaitSeconds + 10) * 1000)]) });
      if (!response.ok) throw new Error(`VK long poll answered ${response.status}.`);
      const answer = (await response.json()) as { ts?: string | number; updates?: VkUpdate[]; failed?: number };
      host.ok();
      if (answer.failed === 1) {
        // Events before this ts are gone from VK's history: go on from the ts it gives.
        ts = String(answer.ts);
        continue;
      }
      if (answer.failed === 2 || answer.failed === 3) {
        // 2: the key expired; 3: the key and the history are gone, take the server's ts too.
        server = null;
        if (answer.failed === 3) ts = null;
        continue;
      }
      if (answer.failed !== undefined || answer.ts === undefined) throw new Error(`VK long poll answered ${JSON.stringify(answer)}.`);
      const next = String(answer.ts);
      if (next !== ts || answer.updates?.length) await host.receive(await named(vkEvents(groupId, answer.updates ?? [])), next);
      ts = next;
      backoffMs = 1000;
    } catch (error) {
      if (signal.aborted) return;
      host.failed(error instanceof Error ? error : new Error(String(error)));
      server = null;
      await sleep(backoffMs, undefined, { signal }).catch(() => undefined);
      backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
    }
  }
}
