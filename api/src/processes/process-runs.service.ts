import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select, selectOne, selectPrepared } from '../db/rows.ts';
import type { ProcessRunFilter, ProcessRunStatus, StartProcessInput } from '../generated/graphql.ts';
import { audienceWhere, checkedAudience, type AudienceRefusals } from '../audience/client-audience.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { idOf } from '../graphql/global-id.ts';
import { topics } from '../pubsub/pubsub.ts';
import { announce } from '../pubsub/outbox.ts';
import { blockById, type Definition } from '../../../workflows/src/processes/definition.ts';
import type { Steer } from '../../../workflows/src/processes/contract.ts';
import type { ProcessRunRow, ProcessVersionRow } from './process.entity.ts';
import { processErrors } from './process.errors.ts';
import { findProcess, latestVersion } from './process.service.ts';

/** What subscribers of a client's runs and of a process's counters hear: ids only. */
export type RunEvent = { runId: string; processId: string; clientId: string; projectId: string };

/** Each run's client hears of it; the process's counters once for them all (the last run's event). */
export async function announceRun(tx: EntityManager, ...runs: Pick<ProcessRunRow, 'id' | 'processId' | 'clientId' | 'projectId'>[]) {
  const events = runs.map((run): RunEvent => ({ runId: run.id, processId: run.processId, clientId: run.clientId, projectId: run.projectId }));
  const last = events.at(-1);
  await announce(tx, ...events.map((event) => ({ topic: topics.clientRuns(event.clientId), event })), ...(last ? [{ topic: topics.processRuns(last.processId), event: last }] : []));
}

// The start's refusals of an audience given wrong: the process's own reasons.
const audienceRefusals: AudienceRefusals = { required: processErrors.PROCESS_AUDIENCE_REQUIRED, count: processErrors.PROCESS_CLIENT_COUNT };

/** Clients started per statement: each page is its own short statement, never one long transaction. */
export const startPageSize = 500;
/** Runs a start answers (it counts them all). */
export const maxAnsweredRuns = 1000;

/**
 * Starts the process's latest version for clients of the project: the chosen ones, or an audience (the Audience's
 * filter or a saved filter) resolved now; one AUTO run each at the start block (or `blockId`), in their latest
 * conversation. Blocked and deleted clients, and clients already in a process that allows one run at a time, get
 * none. Answers how many started and the first `maxAnsweredRuns` runs.
 */
export async function startRuns(app: App, em: EntityManager, viewer: Viewer, input: StartProcessInput) {
  const process = await findProcess(em, viewer, input.processId);
  const version = await latestVersion(em, process.id);
  if (!version) throw processErrors.PROCESS_NOT_PUBLISHED('processId');
  if ((input.clientIds == null) === (input.audience == null)) throw processErrors.PROCESS_AUDIENCE_REQUIRED('audience');
  const audience = input.audience
    ? await checkedAudience(em, viewer, input.audience, audienceRefusals)
    : await checkedAudience(em, viewer, { clientIds: input.clientIds }, audienceRefusals, null);
  const blockId = input.blockId ?? version.definition.start;
  if (!blockId || !blockById(version.definition, blockId)) throw processErrors.PROCESS_BLOCK_NOT_FOUND('blockId', { blockId: input.blockId ?? '' });
  return startAudience(app, em, version, audienceWhere(viewer.project.id, audience), blockId, viewer.operator?.id ?? null, null);
}

/**
 * Runs of `version` for the clients matching `where` (alias `cl`, of the version's project): their ids are resolved
 * by one query (the audience as it is now), then started page by page, each page's rows inserted by one statement
 * (committed on its own, never one long transaction) and handed to Temporal in the background (the sweep starts
 * those whose start never got there). `firingId` (a schedule's firing) starts a client once however often the same
 * firing is retried.
 */
export async function startAudience(
  app: App,
  em: EntityManager,
  version: ProcessVersionRow,
  where: { where: string; params: unknown[] },
  blockId: string,
  startedById: string | null,
  firingId: string | null,
) {
  // Not a keyset per page: with a LIMIT, PostgreSQL may test the filter row by row along the primary key.
  const ids = (await select<{ id: string }>(em, `select cl.id from client cl where ${where.where}`, where.params)).map((row) => row.id);
  const answered: ProcessRunRow[] = [];
  let started = 0;
  for (let at = 0; at < ids.length; at += startPageSize) {
    const runs = await startVersion(app, em, version, ids.slice(at, at + startPageSize), blockId, startedById, { firingId });
    started += runs.length;
    answered.push(...runs.slice(0, maxAnsweredRuns - answered.length));
  }
  return { started, runs: answered };
}

/**
 * Runs of `version` for these clients (of its project) at `blockId`; see startAudience. Used by triggers too.
 * `single`: whether a client may be in it once at a time (the definition's by default; a designer's test runs not).
 */
export async function startVersion(
  app: App,
  em: EntityManager,
  version: ProcessVersionRow,
  clientIds: readonly string[],
  blockId: string,
  startedById: string | null,
  options: { single?: boolean; firingId?: string | null } = {},
) {
  // Without a conflict target: a single run already active, or this firing's run of the client, both skip the client.
  const runs = await em.transactional(async (tx) => {
    const runs = await select<ProcessRunRow>(
      tx,
      `insert into process_run (id, project_id, process_id, version_id, client_id, conversation_id, single, status, block_id, block_entered_at, started_by_id, started_at, firing_id)
     select gen_random_uuid(), cl.project_id, ?, ?, cl.id,
            (select c.id from conversation c where c.client_id = cl.id order by c.last_activity_at desc limit 1),
            ?, 'AUTO', ?, now(), ?, now(), ?
       from client cl where cl.id in (?) and cl.project_id = ? and cl.blocked_at is null and cl.deleted_at is null
     on conflict do nothing
     returning *`,
      [version.processId, version.id, options.single ?? !(version.definition as Definition).allowRepeat, blockId, startedById, options.firingId ?? null, clientIds, version.projectId],
    );
    await announceRun(tx, ...runs);
    return runs;
  });
  for (const run of runs) app.processes.start(run);
  return runs;
}

export async function findRun(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('ProcessRun', globalId);
  const run = id ? await selectOne<ProcessRunRow>(em, 'select * from process_run where id = ? and project_id = ?', [id, viewer.project.id]) : null;
  if (!run) throw processErrors.PROCESS_RUN_NOT_FOUND('runId');
  return run;
}

/** How far ahead a delay may be rescheduled. */
export const maxDelayDays = 365;

const refusal = {
  PROCESS_RUN_ENDED: () => processErrors.PROCESS_RUN_ENDED('runId'),
  PROCESS_BLOCK_NOT_FOUND: (blockId: string) => processErrors.PROCESS_BLOCK_NOT_FOUND('blockId', { blockId }),
  PROCESS_NOT_AT_DELAY: () => processErrors.PROCESS_NOT_AT_DELAY('runId'),
  PROCESS_DELAY_TIME_INVALID: () => processErrors.PROCESS_DELAY_TIME_INVALID('until', { days: maxDelayDays }),
  PROCESS_UNAVAILABLE: () => processErrors.PROCESS_UNAVAILABLE('runId'),
};

/**
 * An operator's command, validated by the run's workflow (it refuses an ended run, an unknown block, and a delay's
 * RESCHEDULE or STOP once the run no longer waits at it).
 */
export async function steerRun(app: App, em: EntityManager, viewer: Viewer, input: { runId: string; command: Steer['command']; blockId?: string | null; until?: Date | string | null }) {
  const run = await findRun(em, viewer, input.runId);
  if (run.status !== 'AUTO' && run.status !== 'MANUAL') throw refusal.PROCESS_RUN_ENDED();
  const until = input.command === 'RESCHEDULE' ? rescheduleTime(input.until) : null;
  const { refused } = await app.processes.steer(run, { command: input.command, blockId: input.blockId ?? null, actorId: viewer.operator?.id ?? null, until });
  if (refused === 'PROCESS_BLOCK_NOT_FOUND') throw refusal.PROCESS_BLOCK_NOT_FOUND(input.blockId ?? '');
  if (refused === 'PROCESS_RUN_ENDED') throw refusal.PROCESS_RUN_ENDED();
  if (refused === 'PROCESS_NOT_AT_DELAY') throw refusal.PROCESS_NOT_AT_DELAY();
  if (refused === 'PROCESS_DELAY_TIME_INVALID') throw refusal.PROCESS_DELAY_TIME_INVALID();
  if (refused) throw refusal.PROCESS_UNAVAILABLE();
  return (await selectOne<ProcessRunRow>(em, 'select * from process_run where id = ?', [run.id]))!;
}

/** RESCHEDULE's new end (ISO): given, valid, at most `maxDelayDays` ahead; now or earlier means at once. */
function rescheduleTime(until: Date | string | null | undefined) {
  const at = until ? new Date(until).getTime() : NaN;
  if (!Number.isFinite(at) || at > Date.now() + maxDelayDays * 86_400_000) throw refusal.PROCESS_DELAY_TIME_INVALID();
  return new Date(Math.max(at, Date.now())).toISOString();
}

/** The client's runs: the latest 30 active ones, then the latest 20 ended. */
export const clientRuns = (em: EntityManager, clientId: string) =>
  select<ProcessRunRow>(
    em,
    `(select * from process_run where client_id = ? and status in ('AUTO', 'MANUAL') order by started_at desc limit 30)
     union all (select * from process_run where client_id = ? and status not in ('AUTO', 'MANUAL') order by started_at desc limit 20)`,
    [clientId, clientId],
  );

export function listRuns(em: EntityManager, viewer: Viewer, filter: ProcessRunFilter | null | undefined, page: Page) {
  const where = ['project_id = ?'];
  const params: unknown[] = [viewer.project.id];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter?.processId) add('process_id = ?', idOf('Process', filter.processId) ?? '00000000-0000-0000-0000-000000000000');
  if (filter?.clientId) add('client_id = ?', idOf('Client', filter.clientId) ?? '00000000-0000-0000-0000-000000000000');
  if (filter?.statuses?.length) add('status in (?)', filter.statuses as ProcessRunStatus[]);
  if (filter?.blockId) add('block_id = ?', filter.blockId);
  return keysetConnection<ProcessRunRow>(em, { name: 'processRuns', from: 'process_run', where: where.join(' and '), params, column: 'started_at', at: (row) => row.startedAt }, page);
}

/** A client's new message: passed to their running runs, for a question waiting for it (in the background, once stored). */
export async function passReply(app: App, em: EntityManager, clientId: string, message: { id: string; text: string }) {
  // Every AUTO run, not only those waiting already: a question's own wait may begin a moment after the reply came.
  // Prepared: it runs for every client message.
  const active = await selectPrepared<ProcessRunRow>(em, "select * from process_run where client_id = ? and status = 'AUTO'", [clientId]);
  for (const run of active) app.processes.reply(run, { messageId: message.id, text: message.text });
}

/**
 * The maintenance sweep's part (every minute): starts the workflow of every active run that never recorded a step a
 * minute after it started (its start never reached Temporal), and passes again a client's message that a run waiting
 * for an answer has not taken 30 s after it came (its signal was lost). Both are safe twice: a workflow id runs once,
 * and a run takes a message once. Answers how many it handed on.
 */
export async function sweepRuns(app: App, em: EntityManager) {
  const unstarted = await select<ProcessRunRow>(
    em,
    `select r.* from process_run r where r.status in ('AUTO', 'MANUAL') and r.started_at < now() - interval '1 minute'
        and not exists (select 1 from process_run_step s where s.run_id = r.id) limit 1000`,
  );
  for (const run of unstarted) app.processes.start(run);
  const untaken = await select<ProcessRunRow & { messageId: string; text: string }>(
    em,
    `select r.*, m.id as message_id, m.text from process_run r
       join conversation c on c.client_id = r.client_id
       join message m on m.conversation_id = c.id and m.direction = 'INBOUND' and m.created_at > r.block_entered_at and m.created_at < now() - interval '30 seconds'
      where r.status = 'AUTO' and r.waiting_for = 'REPLY'
        and not exists (select 1 from process_run_step s where s.run_id = r.id and s.kind in ('ANSWER_STORED', 'ANSWER_INVALID') and s.at >= m.created_at)
      limit 1000`,
  );
  for (const row of untaken) app.processes.reply(row, { messageId: row.messageId, text: row.text });
  return unstarted.length + untaken.length;
}

/**
 * Stops the active runs of these clients (blocked or deleted): STOP through each run's workflow, in the background.
 * A run whose workflow does not answer stops anyway at its next message, which a blocked client never gets.
 */
export async function stopClientRuns(app: App, em: EntityManager, clientIds: readonly string[], actorId: string | null) {
  const active = await select<ProcessRunRow>(em, "select * from process_run where client_id in (?) and status in ('AUTO', 'MANUAL')", [clientIds]);
  for (const run of active) {
    void app.processes.steer(run, { command: 'STOP', blockId: null, actorId }).catch((error: unknown) => console.warn(`[processes] could not stop the run ${run.id}`, error));
  }
}
