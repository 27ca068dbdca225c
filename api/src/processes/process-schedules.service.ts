import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { audienceWhere, savedFilterAudience, type ClientAudience } from '../audience/client-audience.ts';
import type { SavedFilterRow } from '../conversations/saved-filter.entity.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import type { ScheduleTrigger, Segment } from '../../../workflows/src/processes/definition.ts';
import { startAudience } from './process-runs.service.ts';
import { latestVersion } from './process.service.ts';

// SCHEDULE triggers: one Temporal Schedule per (process, trigger id), kept as the latest version says, whose
// firings start runs for the segment's clients through the same start path as startProcess.

/** The clients a segment means now (the Audience's Active ones), or null when its saved filter is gone. */
async function segmentAudience(em: EntityManager, projectId: string, segment: Segment): Promise<ClientAudience | null> {
  if (segment.kind === 'CONDITIONS') return { filter: { section: 'ACTIVE', conditions: segment.conditions, match: segment.match } };
  const id = idOf('SavedFilter', segment.savedFilterId);
  // Whether the designer could see it was checked when the version was published.
  const saved = id ? await selectOne<SavedFilterRow>(em, 'select * from saved_filter where id = ? and project_id = ?', [id, projectId]) : null;
  return saved ? { filter: savedFilterAudience(saved) as Record<string, unknown> } : null;
}

/**
 * A schedule's firing: runs of the process's latest version for the trigger's segment, at the start block. A
 * schedule its process no longer has (a version published since, not yet synced) starts nobody. Answers how many
 * started; the same `firingId` again starts nobody twice.
 */
export async function startScheduled(app: App, em: EntityManager, processId: string, triggerId: string, firingId: string) {
  const version = await latestVersion(em, processId);
  const trigger = version?.definition.triggers.find((candidate): candidate is ScheduleTrigger => candidate.type === 'SCHEDULE' && candidate.id === triggerId);
  if (!version || !trigger || !version.definition.start) return 0;
  const audience = await segmentAudience(em, version.projectId, trigger.segment);
  if (!audience) return 0;
  const { started } = await startAudience(app, em, version, audienceWhere(version.projectId, audience), version.definition.start, null, firingId);
  return started;
}

/** The trigger ids of every SCHEDULE trigger any version of the process ever had. */
const everScheduled = async (em: EntityManager, processId: string) =>
  (
    await select<{ id: string }>(
      em,
      `select distinct t ->> 'id' as id from process_version v cross join jsonb_array_elements(v.definition -> 'triggers') t
        where v.process_id = ? and t ->> 'type' = 'SCHEDULE'`,
      [processId],
    )
  ).map((row) => row.id);

/**
 * Makes the process's Temporal Schedules what its latest version's SCHEDULE triggers say (created or updated, in
 * the project's time zone) and deletes those of triggers it no longer has. Called after a publish; a failure is
 * retried in the background.
 */
export async function syncSchedules(app: App, em: EntityManager, processId: string, timeZone: string) {
  const version = await latestVersion(em, processId);
  const wanted = (version?.definition.triggers ?? []).filter((trigger): trigger is ScheduleTrigger => trigger.type === 'SCHEDULE');
  const removed = (await everScheduled(em, processId)).filter((id) => !wanted.some((trigger) => trigger.id === id));
  await app.processes.schedule(processId, wanted.map((trigger) => ({ triggerId: trigger.id, every: trigger.every, timeZone })), removed);
}

/** Before a process is deleted: the schedules to delete once it is (answers a call that does it). */
export async function schedulesToRemove(app: App, em: EntityManager, processId: string) {
  const ids = await everScheduled(em, processId);
  return async () => {
    if (ids.length) await app.processes.schedule(processId, [], ids);
  };
}
