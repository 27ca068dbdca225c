import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { select, selectPrepared } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import type { Trigger } from '../../../workflows/src/processes/definition.ts';
import type { ProcessVersionRow } from './process.entity.ts';
import { passReply, startVersion } from './process-runs.service.ts';

/** What happened to a client that a process's trigger may start on. */
export type TriggerEvent =
  | { type: 'MESSAGE'; text: string; channelId: string; firstOfClient: boolean }
  | { type: 'TAG_ADDED'; labelId: string }
  | { type: 'DEAL_STAGE'; stageId: string };

const keywordMatch = (trigger: Extract<Trigger, { type: 'KEYWORD' }>, text: string) => {
  const lower = text.toLocaleLowerCase();
  if (trigger.keywords.some((keyword) => lower.includes(keyword.toLocaleLowerCase()))) return true;
  if (!trigger.pattern) return false;
  try {
    return new RegExp(trigger.pattern, 'iu').test(text);
  } catch {
    return false;
  }
};

/** Whether a trigger fires on the event (ids in triggers are global ids, as the editor and the API write them). */
export function fires(trigger: Trigger, event: TriggerEvent): boolean {
  switch (trigger.type) {
    case 'FIRST_MESSAGE':
      return event.type === 'MESSAGE' && event.firstOfClient && (!trigger.channelId || idOf('Channel', trigger.channelId) === event.channelId);
    case 'KEYWORD':
      return event.type === 'MESSAGE' && keywordMatch(trigger, event.text);
    case 'TAG_ADDED':
      return event.type === 'TAG_ADDED' && idOf('Label', trigger.labelId) === event.labelId;
    case 'DEAL_STAGE':
      return event.type === 'DEAL_STAGE' && idOf('FunnelStage', trigger.stageId) === event.stageId;
    case 'SCHEDULE':
      // Fires on its Temporal Schedule (process-schedules.service.ts), not on a client's event.
      return false;
  }
}

/** Starts, for the clients (test clients aside), every process of the project whose latest version has a trigger that fires on the event. */
export async function startTriggered(app: App, em: EntityManager, projectId: string, clientIds: readonly string[], event: TriggerEvent) {
  // Prepared: it runs for every client message.
  const versions = await selectPrepared<ProcessVersionRow>(
    em,
    `select v.* from process p join process_version v on v.process_id = p.id and v.version = p.published_version and not v.test
      where p.project_id = ? and p.published_version > 0 and jsonb_array_length(v.definition -> 'triggers') > 0`,
    [projectId],
  );
  const firing = versions.filter((version) => version.definition.start && version.definition.triggers.some((trigger) => fires(trigger, event)));
  if (!firing.length) return;
  // A designer's test client (the editor's preview chat) talks to the process under test only: triggers pass it by.
  const real = (await select<{ id: string }>(em, 'select c.id from client c where c.id in (?) and not exists (select 1 from process_test t where t.client_id = c.id)', [clientIds])).map((row) => row.id);
  if (!real.length) return;
  for (const version of firing) await startVersion(app, em, version, real, version.definition.start!, null);
}

/** A client's stored message: to their running processes (a question may wait for it), then to the triggers. */
export async function onClientMessage(
  app: App,
  em: EntityManager,
  message: { id: string; text: string; projectId: string; clientId: string; channelId: string; firstOfClient: boolean; processes?: { runs: boolean; triggers: boolean } },
) {
  // Known already (read with the message): no running process, or none published, needs no look.
  if (message.processes?.runs !== false) await passReply(app, em, message.clientId, message);
  if (message.processes?.triggers === false) return;
  await startTriggered(app, em, message.projectId, [message.clientId], { type: 'MESSAGE', text: message.text, channelId: message.channelId, firstOfClient: message.firstOfClient });
}
