// The run workflow's side of a business process (workflows/src/processes/): each step of a run, applied through the
// API's own services as the project's bot, and recorded once by (run, seq) so that a retried activity repeats nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { clientActivityInsert, clientChangeEvents, conversationsOf } from '../clients/client-activity.service.ts';
import { pauseBot } from '../clients/client-actions.service.ts';
import { setClientOwner, updateClient } from '../clients/client-profile.service.ts';
import { conditionsSql } from '../conversations/conversation-conditions.ts';
import { addComment } from '../conversations/comment.service.ts';
import { assignConversation, closeConversation, transferConversation } from '../conversations/conversation-actions.service.ts';
import { closeDeal, createDeal, moveDeal } from '../deals/deal.service.ts';
import type { ConversationCondition } from '../generated/graphql.ts';
import { pgArray, select, selectOne } from '../db/rows.ts';
import { fileColumns, type StoredFileRow } from '../files/file.entity.ts';
import { attachToMessage } from '../files/file.service.ts';
import { fromGlobalId, idOf, toGlobalId } from '../graphql/global-id.ts';
import { changeClientLabels } from '../labels/label.service.ts';
import { storeMessage } from '../messages/message.service.ts';
import type { ProjectRow } from '../projects/project.entity.ts';
import { announce, announceInStatement, inboxEvent } from '../pubsub/outbox.ts';
import { clientTemplateValues, fillTemplate } from '../quick-replies/quick-reply-template.ts';
import { createTask } from '../tasks/task.service.ts';
import { setClientVariables } from '../variables/variable.service.ts';
import { blockById, checkAnswer, follow, type Block, type Definition } from '../../../workflows/src/processes/definition.ts';
import type { Steer } from '../../../workflows/src/processes/contract.ts';
import type { RunStatus, RunWait, ProcessRunRow, StepKind } from './process.entity.ts';
import { announceRun, startRuns } from './process-runs.service.ts';
import { callOutside } from './process-http.ts';

type Run = ProcessRunRow & { definition: Definition; timeZone: string; processName: string; projectName: string };

/** A run with what its steps need: loaded once per activity and handed to each step. */
async function loadRun(em: EntityManager, runId: string): Promise<Run | null> {
  return selectOne<Run>(
    em,
    `select r.*, v.definition, p.time_zone, p.name as project_name, pr.name as process_name from process_run r
       join process_version v on v.id = r.version_id join project p on p.id = r.project_id join process pr on pr.id = r.process_id
      where r.id = ?`,
    [runId],
  );
}

const requireBlock = (run: Run, blockId: string) => blockById(run.definition, blockId)!;
const label = (block: Block) => `${block.number}${block.name ? ` ${block.name}` : ''}`;

/** What the workflow starts from: the version's definition, the zone for delays, where the row says the run is. */
export async function runForWorkflow(em: EntityManager, runId: string) {
  const run = await loadRun(em, runId);
  if (!run) return null;
  const last = await selectOne<{ seq: number }>(em, 'select coalesce(max(seq), 0)::int as seq from process_run_step where run_id = ?', [runId]);
  return { definition: run.definition, timeZone: run.timeZone, status: run.status, blockId: run.blockId, lastSeq: last!.seq };
}

/** The project's bot, acting for the run: the API's rules for project tokens apply to what its blocks do. */
async function botOf(em: EntityManager, run: Run): Promise<Viewer> {
  const project = (await selectOne<ProjectRow>(em, 'select * from project where id = ?', [run.projectId]))!;
  return { project, operator: null, tokenId: `process-run:${run.id}`, expiresAt: null };
}

// The client's conversations, read once for a run as loaded (an activity's walk records several steps).
const runConversations = new WeakMap<Run, ReturnType<typeof conversationsOf>>();
const conversationsOfRun = (em: EntityManager, run: Run) => {
  const read = runConversations.get(run) ?? conversationsOf(em, [{ client: { id: run.clientId, projectId: run.projectId } }]);
  runConversations.set(run, read);
  return read;
};

/**
 * Records a step once, in one statement: nothing when (run, seq) was recorded before (a retried activity), so its
 * effects are not repeated. `run`: the change of the run's row that goes with the step (its block, its end), made
 * only with it. A step worth telling in the client's history goes there too (`summary`, and in `data` the names and
 * values the web words it from), with its events (pubsub/outbox.ts; the run's change, `told` after, drains them).
 */
async function recordOnce(
  em: EntityManager,
  run: Run,
  seq: number,
  step: { kind: StepKind; blockId?: string | null; detail?: string | null; actorId?: string | null; summary?: string; data?: Record<string, unknown> },
  change?: { set: string; params: unknown[]; where?: string },
): Promise<void> {
  const client = { id: run.clientId, projectId: run.projectId };
  const activity = step.summary
    ? clientActivityInsert(client, step.actorId ?? null, {
        type: 'PROCESS',
        summary: `${run.processName}: ${step.summary}`,
        data: { runId: run.id, kind: step.kind, blockId: step.blockId ?? null, process: run.processName, ...step.data },
      })
    : null;
  const events = activity ? clientChangeEvents([{ client, activityId: activity.id }], await conversationsOfRun(em, run)) : [];
  await em.execute(
    `with step as (
       insert into process_run_step (id, run_id, process_id, seq, kind, block_id, detail, actor_id, at) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, now())
       on conflict (run_id, seq) do nothing returning id)
     ${change ? `, run as (update process_run set ${change.set} where id = ? ${change.where ?? ''} and exists (select 1 from step))` : ''}
     ${activity ? `, activity as (${activity.sql} where exists (select 1 from step) returning id)` : ''}
     ${activity ? `, announced as (${announceInStatement('exists (select 1 from activity)')})` : ''}
     select 1`,
    [
      ...[run.id, run.processId, seq, step.kind, step.blockId ?? null, step.detail?.slice(0, 1000) ?? null, step.actorId ?? null],
      ...(change ? [...change.params, run.id] : []),
      ...(activity ? [...activity.params, JSON.stringify(events)] : []),
    ],
  );
}

/**
 * The run's change, announced once the steps are committed (each step is recorded once by its seq, its history entry
 * announced with it: a Temporal retry after a crash before this tells the run's change again).
 */
const told = (em: EntityManager, run: Run) => em.transactional((tx) => announceRun(tx, run));

async function enterBlock(em: EntityManager, run: Run, seq: number, block: Block) {
  run.blockId = block.id; // as the row says once entered: where a later step of this walk (an end) is recorded
  return recordOnce(em, run, seq, { kind: 'ENTERED', blockId: block.id, summary: `block ${label(block)}`, data: { block: label(block) } }, {
    set: 'block_id = ?, block_entered_at = now(), waiting_for = null, wait_until = null',
    params: [block.id],
  });
}

const waiting = (em: EntityManager, runId: string, wait: RunWait, until: number | null) =>
  em.execute('update process_run set waiting_for = ?, wait_until = ? where id = ?', [wait, until === null ? null : new Date(until), runId]);

export async function setWaiting(app: App, em: EntityManager, runId: string, wait: RunWait, until: number | null) {
  const run = (await loadRun(em, runId))!;
  await waiting(em, runId, wait, until);
  await told(em, run);
}

/**
 * A MESSAGE or QUESTION block's text (variables filled now) as a bot message in the run's conversation, delivered
 * the normal way; once per (run, seq). A blocked or deleted client stops the run; a paused bot holds the message.
 */
async function sendBlock(app: App, em: EntityManager, run: Run, seq: number, block: Extract<Block, { type: 'MESSAGE' | 'QUESTION' }>): Promise<{ end?: End; heldUntil?: string }> {
  const client = (await selectOne<{ name: string; phone: string | null; email: string | null; variables: Record<string, unknown>; blocked: boolean; deleted: boolean; pausedUntil: Date | null }>(
    em,
    'select name, phone, email, variables, blocked_at is not null as blocked, deleted_at is not null as deleted, bot_paused_until as paused_until from client where id = ?',
    [run.clientId],
  ))!;
  if (client.blocked || client.deleted) return { end: { status: 'STOPPED', actorId: null, detail: client.blocked ? 'The client is blocked.' : 'The client is deleted.' } };
  if (client.pausedUntil && client.pausedUntil.getTime() > Date.now()) return { heldUntil: client.pausedUntil.toISOString() };
  const conversationId = run.conversationId ?? (await latestConversation(em, run.clientId));
  if (!conversationId) return { end: { status: 'FAILED', actorId: null, detail: 'The client has no conversation to write to.' } };
  const text = fillTemplate(block.text, clientTemplateValues(client, { project: run.projectName })).text;
  const files = await blockFiles(em, run.projectId, block.type === 'MESSAGE' ? block.fileIds : []);
  const { message, created } = await em.transactional(async (tx) => {
    const stored = await storeMessage(tx, {
      projectId: run.projectId, conversationId, direction: 'OUTBOUND', senderKind: 'BOT', authorId: null, text, buttons: block.buttons, status: 'QUEUED', dedupeKey: `process:${run.id}:${seq}`,
    });
    if (stored.created) {
      await attachToMessage(tx, stored.message, run.clientId, files, null);
      await announce(tx, ...inboxEvent(run.projectId, { kind: 'MESSAGE_ADDED', conversationId, messageId: stored.message.id }));
      await tx.execute(
        `insert into process_run_step (id, run_id, process_id, seq, kind, block_id, detail, at) values (gen_random_uuid(), ?, ?, ?, 'MESSAGE_SENT', ?, ?, now()) on conflict (run_id, seq) do nothing`,
        [run.id, run.processId, seq, block.id, text.slice(0, 1000)],
      );
    }
    return stored;
  });
  // Stored by an attempt whose worker died before handing it over: handed over again (the claim sends it once).
  if (created || message.status === 'QUEUED') app.deliveryQueue.handOver(message.id);
  return {};
}

/** A block's files (global ids, as the API names them) still in the project's library; one removed since is left out. */
async function blockFiles(em: EntityManager, projectId: string, globalIds: readonly string[]) {
  const ids = globalIds.map((globalId) => idOf('File', globalId)).filter((id) => id !== null);
  if (!ids.length) return [];
  return select<StoredFileRow>(em, `select ${fileColumns()} from file where id in (?) and project_id = ? and library order by array_position(?::uuid[], id)`, [ids, projectId, pgArray(ids)]);
}

const latestConversation = async (em: EntityManager, clientId: string) =>
  (await selectOne<{ id: string }>(em, 'select id from conversation where client_id = ? order by last_activity_at desc limit 1', [clientId]))?.id ?? null;

/**
 * The client's reply to a QUESTION: checked, stored in its variable; the port is 'answered' or 'invalid'. Unless the
 * run is to wait for a fitting answer (invalid, and no `invalid` branch), the same activity walks on from the port's
 * block (advanceRun): a reply costs the workflow one local activity.
 */
export function answerQuestion(app: App, em: EntityManager, runId: string, seq: number, blockId: string, messageId: string): Promise<{ port: 'answered' | 'invalid'; advanced?: Advance }> {
  return withRun(em, runId, async (run) => {
    const port = await answer(app, em, run, seq, requireBlock(run, blockId) as Extract<Block, { type: 'QUESTION' }>, messageId);
    const next = follow(run.definition, blockId, port);
    if (port === 'invalid' && !next) return { port };
    return { port, advanced: await walk(app, em, run, { seq: seq + 1, blockId: next, entered: false }) };
  });
}

/** Loads the run once for `work`, and tells its change once, after. */
async function withRun<T>(em: EntityManager, runId: string, work: (run: Run) => Promise<T>): Promise<T> {
  const run = (await loadRun(em, runId))!;
  try {
    return await work(run);
  } finally {
    await told(em, run);
  }
}

async function answer(app: App, em: EntityManager, run: Run, seq: number, block: Extract<Block, { type: 'QUESTION' }>, messageId: string) {
  const { reply, earlier } = (await selectOne<{ reply: string | null; earlier: StepKind | null }>(
    em,
    'select (select text from message where id = ?) as reply, (select kind from process_run_step where run_id = ? and seq = ?) as earlier',
    [messageId, run.id, seq],
  ))!;
  if (earlier) return earlier === 'ANSWER_STORED' ? 'answered' : 'invalid';
  const checked = checkAnswer(block.expect, reply ?? '', block.buttons);
  if (checked && block.variable) await storeVariable(app, em, await botOf(em, run), run.clientId, block.variable, String(checked.value));
  await recordOnce(em, run, seq, {
    kind: checked ? 'ANSWER_STORED' : 'ANSWER_INVALID',
    blockId: block.id,
    detail: checked ? String(checked.value) : reply,
    summary: checked ? `answer stored${block.variable ? ` in #{${block.variable}}` : ''}: ${String(checked.value).slice(0, 100)}` : undefined,
    data: checked ? { variable: block.variable ?? null, value: String(checked.value).slice(0, 100) } : undefined,
  });
  return checked ? 'answered' : 'invalid';
}

/** A client's variable, or their name, phone or e-mail, through the services that check and record it. */
async function storeVariable(app: App, em: EntityManager, bot: Viewer, clientId: string, key: string, value: string) {
  const client = toGlobalId('Client', clientId);
  if (key === 'name' || key === 'phone' || key === 'email') await updateClient(app, em, bot, { clientId: client, [key]: value });
  else await setClientVariables(app, em, bot, { clientId: client, values: [{ key, value }] });
}

/** A CONDITION block: the inbox filters' own SQL over the client; 'yes' or 'no'. */
async function checkCondition(em: EntityManager, run: Run, seq: number, block: Extract<Block, { type: 'CONDITION' }>): Promise<'yes' | 'no'> {
  const where = conditionsSql({ conditions: block.conditions as ConversationCondition[], match: block.match }, { client: 'cl' })!;
  const matched = Boolean((await selectOne<{ yes: boolean }>(em, `select exists (select 1 from client cl where cl.id = ? and ${where.sql}) as yes`, [run.clientId, ...where.params]))?.yes);
  const port = matched ? 'yes' : 'no';
  await recordOnce(em, run, seq, { kind: 'BRANCH', blockId: block.id, detail: port });
  return port;
}

/** An ACTION block, through the API's services with the bot's rights. Done once: a step already recorded is skipped. */
async function doAction(app: App, em: EntityManager, run: Run, seq: number, block: Extract<Block, { type: 'ACTION' }>) {
  if (await selectOne(em, 'select 1 from process_run_step where run_id = ? and seq = ?', [run.id, seq])) return;
  const bot = await botOf(em, run);
  const clientId = toGlobalId('Client', run.clientId);
  const conversationId = run.conversationId ?? (await latestConversation(em, run.clientId));
  const conversation = conversationId ? toGlobalId('Conversation', conversationId) : null;
  const client = (await selectOne<{ name: string; phone: string | null; email: string | null; variables: Record<string, unknown> }>(em, 'select name, phone, email, variables from client where id = ?', [run.clientId]))!;
  const value = block.value === null ? null : fillTemplate(block.value, clientTemplateValues(client, { project: bot.project.name })).text;
  const target = block.targetId ?? '';
  const needConversation = () => conversation ?? fail('The client has no conversation.');
  switch (block.action) {
    case 'ADD_TAG':
    case 'ADD_TO_LIST':
      await changeClientLabels(app, em, bot, { clientIds: [clientId], labelIds: [target] }, true);
      break;
    case 'REMOVE_TAG':
    case 'REMOVE_FROM_LIST':
      await changeClientLabels(app, em, bot, { clientIds: [clientId], labelIds: [target] }, false);
      break;
    case 'SET_VARIABLE':
      await storeVariable(app, em, bot, run.clientId, block.variable ?? fail('No variable.'), value ?? '');
      break;
    case 'ASSIGN':
      await assignConversation(app, em, bot, { conversationId: needConversation(), operatorId: target || null });
      break;
    case 'TRANSFER_TO_TEAM':
      await transferConversation(app, em, bot, { conversationId: needConversation(), teamId: target });
      break;
    case 'SET_OWNER':
      await setClientOwner(app, em, bot, { clientId, ownerId: target || null });
      break;
    case 'CREATE_DEAL':
      await createDeal(app, em, bot, { clientId, funnelId: target, title: value || run.processName });
      break;
    case 'MOVE_DEAL':
    case 'CLOSE_DEAL': {
      const deal = await selectOne<{ id: string }>(em, "select id from deal where client_id = ? and status = 'OPEN' order by created_at desc limit 1", [run.clientId]);
      if (!deal) fail('The client has no open deal.');
      if (block.action === 'MOVE_DEAL') await moveDeal(app, em, bot, { dealId: toGlobalId('Deal', deal!.id), stageId: target });
      else await closeDeal(app, em, bot, { dealId: toGlobalId('Deal', deal!.id), status: value === 'LOST' ? 'LOST' : 'WON' });
      break;
    }
    case 'CREATE_TASK':
      await createTask(app, em, bot, { clientId, title: value || run.processName, assigneeId: target || null });
      break;
    case 'ADD_COMMENT':
      await addComment(app, em, bot, { conversationId: needConversation(), text: value ?? '' });
      break;
    case 'CLOSE_CONVERSATION':
      await closeConversation(app, em, bot, needConversation());
      break;
    case 'PAUSE_BOT':
      await pauseBot(app, em, bot, clientId, Number(value) || 24);
      break;
  }
  await recordOnce(em, run, seq, { kind: 'ACTION', blockId: block.id, detail: block.action });
}

const fail = (message: string): never => {
  throw new Error(message);
};

/** A HANDOFF block: the run is MANUAL, the conversation goes to the block's operator or team, the history says so. */
export async function handOff(app: App, em: EntityManager, runId: string, seq: number, blockId: string) {
  const run = (await loadRun(em, runId))!;
  const block = requireBlock(run, blockId) as Extract<Block, { type: 'HANDOFF' }>;
  if (await selectOne(em, 'select 1 from process_run_step where run_id = ? and seq = ?', [runId, seq])) return;
  await em.execute("update process_run set status = 'MANUAL', waiting_for = 'OPERATOR', wait_until = null where id = ? and status = 'AUTO'", [runId]);
  const conversationId = run.conversationId ?? (await latestConversation(em, run.clientId));
  let problem: string | null = null;
  if (conversationId && (block.operatorId || block.teamId)) {
    const input = { conversationId: toGlobalId('Conversation', conversationId), operatorId: block.operatorId, teamId: block.teamId };
    const bot = await botOf(em, run);
    // The run is handed over either way; the history says why the conversation was not.
    await (block.teamId ? transferConversation(app, em, bot, input) : assignConversation(app, em, bot, input)).catch((error: unknown) => {
      problem = error instanceof Error ? error.message : String(error);
    });
  }
  await recordOnce(em, run, seq, { kind: 'HANDOFF', blockId, detail: problem, summary: `handed to an operator at block ${label(block)}`, data: { block: label(block) } });
  await told(em, run);
}

/** An HTTP block: the call (outside-call rules in process-http.ts), its answer mapped into variables; 'success' or a thrown failure. */
export async function httpStep(app: App, em: EntityManager, runId: string, seq: number, blockId: string): Promise<'success'> {
  const run = (await loadRun(em, runId))!;
  const block = requireBlock(run, blockId) as Extract<Block, { type: 'HTTP' }>;
  const client = (await selectOne<{ name: string; phone: string | null; email: string | null; variables: Record<string, unknown> }>(em, 'select name, phone, email, variables from client where id = ?', [run.clientId]))!;
  const fill = (text: string) => fillTemplate(text, clientTemplateValues(client, { project: run.processName })).text;
  const values = await callOutside(block, fill, { allowPrivate: process.env.PROCESS_HTTP_ALLOW_PRIVATE === '1' });
  const bot = await botOf(em, run);
  for (const { key, value } of values) if (value !== null) await storeVariable(app, em, bot, run.clientId, key, value);
  await recordOnce(em, run, seq, { kind: 'BRANCH', blockId, detail: 'success' });
  await told(em, run);
  return 'success';
}

/** A START_PROCESS block: the other process's latest version for the same client. */
export async function startOtherProcess(app: App, em: EntityManager, runId: string, seq: number, blockId: string) {
  const run = (await loadRun(em, runId))!;
  const block = requireBlock(run, blockId) as Extract<Block, { type: 'START_PROCESS' }>;
  if (await selectOne(em, 'select 1 from process_run_step where run_id = ? and seq = ?', [runId, seq])) return;
  const other = fromGlobalId(block.processId)?.id ?? block.processId;
  await startRuns(app, em, await botOf(em, run), { processId: toGlobalId('Process', other), clientIds: [toGlobalId('Client', run.clientId)] }).catch(() => null);
  await recordOnce(em, run, seq, { kind: 'ACTION', blockId, detail: 'START_PROCESS' });
}

export async function recordStep(app: App, em: EntityManager, runId: string, seq: number, step: { kind: StepKind; blockId?: string | null; detail?: string | null }) {
  const run = (await loadRun(em, runId))!;
  await recordOnce(em, run, seq, step);
  await told(em, run);
}

const steerKinds: Record<Steer['command'], StepKind> = { MANUAL: 'PAUSED', AUTO: 'RESUMED', MOVE: 'MOVED', STOP: 'ENDED', RESCHEDULE: 'RESCHEDULED' };

/** An operator's steering, as the workflow accepted it: the run's status and place, and the history. */
export async function steered(app: App, em: EntityManager, runId: string, seq: number, steer: Steer) {
  const run = (await loadRun(em, runId))!;
  if (steer.command === 'RESCHEDULE') return rescheduled(app, em, run, seq, steer);
  const target = steer.blockId ? blockById(run.definition, steer.blockId) : null;
  const words = { MANUAL: 'set to manual', AUTO: target ? `returned to auto at block ${label(target)}` : 'returned to auto', MOVE: `moved to block ${target ? label(target) : ''}`, STOP: 'stopped' }[steer.command];
  await recordOnce(em, run, seq, { kind: steerKinds[steer.command], blockId: steer.blockId ?? run.blockId, actorId: steer.actorId, summary: words, data: { command: steer.command, target: target ? label(target) : null } });
  const status: RunStatus | null = steer.command === 'MANUAL' ? 'MANUAL' : steer.command === 'AUTO' ? 'AUTO' : null;
  await em.execute(
    `update process_run set status = coalesce(?, status), block_id = coalesce(?, block_id), block_entered_at = case when ?::text is null then block_entered_at else now() end,
       waiting_for = case when ? = 'MANUAL' then 'OPERATOR' when ? = 'AUTO' and waiting_for = 'OPERATOR' then null else waiting_for end,
       wait_until = case when ? in ('MANUAL', 'AUTO') then null else wait_until end
     where id = ? and status in ('AUTO', 'MANUAL')`,
    [status, steer.blockId, steer.blockId, steer.command, steer.command, steer.command, runId],
  );
  await told(em, run);
}

/**
 * A delay's new end, as the workflow accepted it (its timer moves once this is recorded): the row's `wait_until` and
 * the history (`detail`: the new end, ISO), once by seq.
 */
async function rescheduled(app: App, em: EntityManager, run: Run, seq: number, steer: Steer) {
  const until = new Date(steer.until!);
  const delay = requireBlock(run, steer.blockId!);
  const now = until.getTime() <= Date.now() + 1000;
  const summary = now ? `delay at block ${label(delay)} ended early` : `delay at block ${label(delay)} rescheduled to ${zonedTime(until, run.timeZone)}`;
  await recordOnce(em, run, seq, { kind: 'RESCHEDULED', blockId: delay.id, detail: until.toISOString(), actorId: steer.actorId, summary, data: { block: label(delay), until: until.toISOString(), early: now } });
  // Again on a retry (the same value): the step may have been recorded by a try that failed before this.
  await em.execute("update process_run set wait_until = ? where id = ? and waiting_for = 'DELAY' and block_id = ?", [until, run.id, delay.id]);
  await told(em, run);
}

// The history's words for a time: the project's wall clock, as the card shows it.
const zonedTime = (at: Date, timeZone: string) =>
  `${new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)} (${timeZone})`;

type End = { status: Exclude<RunStatus, 'AUTO' | 'MANUAL'>; actorId: string | null; detail?: string };

/** The run's end (FINISHED, STOPPED or FAILED), once. */
export async function endRun(app: App, em: EntityManager, runId: string, seq: number, end: End) {
  const run = (await loadRun(em, runId))!;
  await finish(em, run, seq, end);
  await told(em, run);
}

async function finish(em: EntityManager, run: Run, seq: number, end: End) {
  const words = { FINISHED: 'finished', STOPPED: end.actorId ? 'stopped by an operator' : `stopped${end.detail ? `: ${end.detail}` : ''}`, FAILED: `failed: ${end.detail ?? ''}` }[end.status];
  const step = { kind: end.status === 'FAILED' ? 'ERROR' : 'ENDED', blockId: run.blockId, detail: end.detail ?? end.status, actorId: end.actorId, summary: words, data: { status: end.status, byOperator: !!end.actorId, detail: end.detail ?? null } } as const;
  return recordOnce(em, run, seq, step, {
    set: 'status = ?, error = ?, ended_at = now(), waiting_for = null, wait_until = null',
    params: [end.status, end.status === 'FAILED' ? (end.detail ?? null) : null],
    where: "and status in ('AUTO', 'MANUAL')",
  });
}

/** Blocks one advance walks at most (loops pass a waiting block: publishing refuses others). */
const maxWalk = 50;

/** Where an advance stopped: at a block the workflow waits at (entered; a question's text sent), or ended. */
export type Advance = { seq: number; blockId: string | null; walked: number; ended?: boolean; heldUntil?: string };

/**
 * Walks the run from `blockId` through the blocks that do not wait (message, condition, action, go to), entering and
 * doing each, until a block the workflow must wait at (question — its text sent —, delay, handoff, HTTP request, start
 * process) or the end, which it records (FINISHED). One local activity for a whole chain, the run loaded once and
 * its change told once: the workflow pays one task per wait, not per block. `entered`: the first block was entered
 * already (a message held by a paused bot, tried again). Safe to repeat: every step is recorded once by its seq.
 */
export function advanceRun(app: App, em: EntityManager, runId: string, start: { seq: number; blockId: string; entered: boolean }): Promise<Advance> {
  return withRun(em, runId, (run) => walk(app, em, run, start));
}

async function walk(app: App, em: EntityManager, run: Run, start: { seq: number; blockId: string | null; entered: boolean }): Promise<Advance> {
  let { seq, entered } = start;
  let blockId: string | null = start.blockId;
  let walked = 0;
  const end = async (end: End) => {
    await finish(em, run, seq++, end);
    return { seq, blockId: null, walked, ended: true };
  };
  for (; blockId; walked++) {
    if (walked >= maxWalk) return { seq, blockId, walked };
    const block = requireBlock(run, blockId);
    if (!entered) await enterBlock(em, run, seq++, block);
    entered = false;
    let port = 'next';
    switch (block.type) {
      case 'MESSAGE':
      case 'QUESTION': {
        const sent = await sendBlock(app, em, run, seq, block);
        if (sent.heldUntil) return { seq, blockId, walked, heldUntil: sent.heldUntil };
        if (sent.end) return end(sent.end);
        seq++;
        if (block.type === 'QUESTION') {
          await waiting(em, run.id, 'REPLY', block.timeoutSeconds ? Date.now() + block.timeoutSeconds * 1000 : null);
          return { seq, blockId, walked: walked + 1 };
        }
        break;
      }
      case 'CONDITION':
        port = await checkCondition(em, run, seq++, block);
        break;
      case 'ACTION':
        await doAction(app, em, run, seq++, block);
        break;
      case 'GOTO':
        break;
      case 'END':
        return end({ status: 'FINISHED', actorId: null });
      default:
        // Delay, handoff, HTTP request, start process: the workflow's own.
        return { seq, blockId, walked: walked + 1 };
    }
    blockId = follow(run.definition, block.id, port);
  }
  return end({ status: 'FINISHED', actorId: null });
}
