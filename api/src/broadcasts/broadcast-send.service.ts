// The workflow's side of a broadcast (workflows/src/broadcasts/): take the recipients, send a page, finish. Every
// step is safe to repeat: a recipient's message is deduplicated in its conversation by `broadcast:<id>`, delivery
// claims each message before sending it, and a recipient's status (with the broadcast's counts, in the same
// transaction) moves from PENDING once only.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { audienceWhere } from '../audience/client-audience.ts';
import { deliverQueuedMessage, DeliveryInProgressError, failQueuedMessage } from '../channels/delivery.service.ts';
import type { Drivers } from '../channels/drivers/drivers.ts';
import { PermanentDeliveryError } from '../channels/drivers/driver.ts';
import { pgArray, select, selectOne } from '../db/rows.ts';
import { newId } from '../db/ids.ts';
import { fileColumns, type StoredFileRow } from '../files/file.entity.ts';
import { attachToMessage } from '../files/file.service.ts';
import { storeMessage } from '../messages/message.service.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';
import type { ProjectRow } from '../projects/project.entity.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { clientTemplateValues, fillTemplate } from '../quick-replies/quick-reply-template.ts';
import type { BroadcastRow, BroadcastStatus, RecipientStatus, SkipReason } from './broadcast.entity.ts';
import { publishBroadcast } from './broadcast.service.ts';
import { admit } from './channel-pace.ts';
import type { ChannelKind } from '../channels/channel.entity.ts';

/** Where the last page ended: the recipients' order is (created_at, id); the time as PostgreSQL wrote it. */
export type RecipientCursor = { at: string; id: string };

export type PageResult = {
  /** The broadcast's status when the page began: anything but RUNNING sent nothing. */
  status: BroadcastStatus;
  /** No PENDING recipient after the cursor: the pass is over. */
  done: boolean;
  next: RecipientCursor | null;
  /** Messages handed to their channels in this page: what the rate limit counts. */
  attempted: number;
  /** Recipients still PENDING after this page (their channel did not take the message yet). */
  left: number;
  /** Nothing sent: the channel is full with other broadcasts' messages; try again after this long. */
  waitMs?: number;
};

const loadBroadcast = async (em: EntityManager, id: string) => (await selectOne<BroadcastRow>(em, 'select * from broadcast where id = ?', [id]))!;

export async function broadcastStatus(em: EntityManager, id: string): Promise<BroadcastStatus> {
  return (await loadBroadcast(em, id)).status;
}

/** The broadcast works with the rights of whoever started it, in its project. */
async function broadcastViewer(em: EntityManager, broadcast: BroadcastRow): Promise<Viewer> {
  const project = (await selectOne<ProjectRow>(em, 'select * from project where id = ?', [broadcast.projectId]))!;
  const operator = broadcast.createdById ? await selectOne<OperatorRow>(em, `select ${operatorColumns} from operator where id = ?`, [broadcast.createdById]) : null;
  return { project, operator, tokenId: `broadcast:${broadcast.id}`, expiresAt: null };
}

/**
 * At its time: takes the recipients (the audience's clients now) once, and moves a SCHEDULED broadcast to
 * RUNNING. Answers its status and rate.
 */
export async function beginBroadcast(app: App, em: EntityManager, id: string) {
  const broadcast = await em.transactional(async (tx) => {
    const row = (await selectOne<BroadcastRow>(tx, 'select * from broadcast where id = ? for update', [id]))!;
    if (row.startedAt || row.status === 'CANCELLED') return row;
    const audience = row.audience;
    const now = new Date();
    const where = audienceWhere(row.projectId, audience);
    const inserted = await selectOne<{ n: number }>(
      tx,
      `with taken as (insert into broadcast_recipient (id, broadcast_id, client_id, status, created_at)
         select gen_random_uuid(), ?, cl.id, 'PENDING', ? from client cl where ${where.where}
         on conflict (broadcast_id, client_id) do nothing returning 1)
       select count(*)::int as n from taken`,
      [row.id, now, ...where.params],
    );
    return (await selectOne<BroadcastRow>(
      tx,
      `update broadcast set total = ?, started_at = ?, status = case when status = 'SCHEDULED' then 'RUNNING' else status end where id = ? returning *`,
      [inserted!.n, now, row.id],
    ))!;
  });
  await publishBroadcast(app, id);
  return { status: broadcast.status, ratePerSecond: broadcast.ratePerSecond };
}

type Target = {
  recipientId: string;
  clientId: string;
  at: string;
  name: string;
  phone: string | null;
  email: string | null;
  variables: Record<string, unknown>;
  blocked: boolean;
  deleted: boolean;
  clientChannelId: string | null;
  channelId: string | null;
  kind: ChannelKind | null;
  conversationId: string | null;
};

const skipOf = (target: Target): SkipReason | null => (target.deleted ? 'DELETED' : target.blocked ? 'BLOCKED' : !target.clientChannelId ? 'NO_CHANNEL' : null);

// Recipients of a page written and sent at once: their channels mostly wait on the network.
const pageConcurrency = 16;

type Outcome = { recipientId: string; status: RecipientStatus; reason: string | null; channelId: string | null; messageId: string | null };

/**
 * A page of PENDING recipients after `after`: each client's conversation by the broadcast's channel rule, a bot
 * message filled for them, delivered through the normal path (claimed, sent, SENT or FAILED); blocked, deleted and
 * unreachable clients SKIPPED. A message the channel did not take yet leaves its recipient PENDING for the next pass.
 */
export async function sendBroadcastPage(
  app: App,
  em: EntityManager,
  drivers: Drivers,
  id: string,
  after: RecipientCursor | null,
  limit: number,
  heartbeat: () => void = () => {},
): Promise<PageResult> {
  const broadcast = await loadBroadcast(em, id);
  if (broadcast.status !== 'RUNNING') return { status: broadcast.status, done: false, next: after, attempted: 0, left: 0 };
  const page = await select<Target>(
    em,
    `select r.id as recipient_id, r.client_id, r.created_at::text as at, cl.name, cl.phone, cl.email, cl.variables,
        cl.blocked_at is not null as blocked, cl.deleted_at is not null as deleted, t.client_channel_id, t.channel_id, t.kind, t.conversation_id
       from (select * from broadcast_recipient where broadcast_id = ? and status = 'PENDING'
               ${after ? 'and (created_at, id) > (?::timestamptz, ?)' : ''} order by created_at, id limit ?) r
       join client cl on cl.id = r.client_id
       left join lateral (
         select cc.id as client_channel_id, cc.channel_id, ch.kind, c.id as conversation_id
           from client_channel cc join channel ch on ch.id = cc.channel_id left join conversation c on c.client_channel_id = cc.id
          where cc.client_id = r.client_id ${broadcast.channelRule === 'CHANNEL' ? 'and cc.channel_id = ?' : ''}
          order by c.last_activity_at desc nulls last, cc.created_at desc limit 1) t on true
      order by r.created_at, r.id`,
    [id, ...(after ? [after.at, after.id] : []), limit, ...(broadcast.channelRule === 'CHANNEL' ? [broadcast.channelId] : [])],
  );
  if (!page.length) return { status: 'RUNNING', done: true, next: after, attempted: 0, left: 0 };
  // As many as the channels take now, in order, so that the cursor never passes a recipient not yet sent to.
  const admitted = await admit(app.buckets, page.map((target) => (skipOf(target) ? null : { channelId: target.channelId!, kind: target.kind! })));
  if (!admitted.count) return { status: 'RUNNING', done: false, next: after, attempted: 0, left: 0, waitMs: admitted.waitMs };
  const targets = page.slice(0, admitted.count);
  const viewer = await broadcastViewer(em, broadcast);
  const files = broadcast.fileIds.length
    ? await select<StoredFileRow>(em, `select ${fileColumns()} from file where id in (?) and library`, [broadcast.fileIds])
    : [];

  const outcomes: Outcome[] = [];
  let attempted = 0;
  // The channel's pace is kept by the workflow between pages; within one, a few recipients are written and sent at once.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(pageConcurrency, targets.length) }, async () => {
      for (let index = next++; index < targets.length; index = next++) {
        const target = targets[index]!;
        const skip = skipOf(target);
        if (skip) {
          outcomes.push({ recipientId: target.recipientId, status: 'SKIPPED', reason: skip, channelId: null, messageId: null });
          continue;
        }
        const messageId = await writeMessage(app, em.fork(), broadcast, viewer, target, files);
        attempted++;
        outcomes.push(await deliver(app, em.fork(), drivers, target, messageId));
        heartbeat();
      }
    }),
  );
  const left = await recordOutcomes(em, broadcast.id, outcomes);
  await publishBroadcast(app, broadcast.id);
  const last = targets.at(-1)!;
  return { status: 'RUNNING', done: false, next: { at: last.at, id: last.recipientId }, attempted, left };
}

/** The client's message in their conversation (created on the channel when there is none yet), once. */
async function writeMessage(app: App, em: EntityManager, broadcast: BroadcastRow, viewer: Viewer, target: Target, files: readonly StoredFileRow[]) {
  const text = fillTemplate(broadcast.text, clientTemplateValues(target, { operator: viewer.operator?.name, project: viewer.project.name })).text;
  const message = await em.transactional(async (tx) => {
    let conversationId = target.conversationId;
    let conversationCreated = false;
    if (!conversationId) {
      const now = new Date();
      const conversation = (await selectOne<{ id: string; created: boolean }>(
        tx,
        `insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
         select ?, project_id, client_id, channel_id, id, 'OPEN', ?, 0, ? from client_channel where id = ?
         on conflict (client_channel_id) do update set client_channel_id = excluded.client_channel_id
         returning id, xmax = 0 as created`,
        [newId(), now, now, target.clientChannelId],
      ))!;
      conversationId = conversation.id;
      conversationCreated = conversation.created;
    }
    const stored = await storeMessage(tx, {
      projectId: broadcast.projectId,
      conversationId,
      direction: 'OUTBOUND',
      senderKind: 'BOT',
      authorId: broadcast.createdById ?? null,
      text,
      status: 'QUEUED',
      dedupeKey: `broadcast:${broadcast.id}`,
    });
    if (stored.created) {
      await attachToMessage(tx, stored.message, target.clientId, files, broadcast.createdById ?? null);
      await announce(tx, ...inboxEvent(broadcast.projectId, { kind: conversationCreated ? 'CONVERSATION_CREATED' : 'MESSAGE_ADDED', conversationId, messageId: stored.message.id }));
    }
    return stored.message;
  });
  return message.id;
}

async function deliver(app: App, em: EntityManager, drivers: Drivers, target: Target, messageId: string): Promise<Outcome> {
  const outcome = { recipientId: target.recipientId, channelId: target.channelId, messageId };
  try {
    // Sent by this attempt: SENT without asking again.
    if (!(await deliverQueuedMessage(app, em, drivers, messageId)).skipped) return { ...outcome, status: 'SENT', reason: null };
  } catch (error) {
    if (error instanceof PermanentDeliveryError) await failQueuedMessage(app, em, messageId, error.message, error.code);
    else if (!(error instanceof DeliveryInProgressError)) console.warn(`[broadcast] message ${messageId}: ${(error as Error).message}`);
  }
  // Whoever delivered it (this attempt, an earlier one, the sweep), the message's status says where it is.
  const message = (await selectOne<{ status: string; failureReason: string | null }>(em, 'select status, failure_reason from message where id = ?', [messageId]))!;
  if (message.status === 'FAILED') return { ...outcome, status: 'FAILED', reason: message.failureReason };
  if (message.status === 'QUEUED') return { ...outcome, status: 'PENDING', reason: null };
  return { ...outcome, status: 'SENT', reason: null };
}

/** The page's outcomes and the counts together; a recipient already moved (a repeated page) counts once. Answers how many stay PENDING. */
async function recordOutcomes(em: EntityManager, broadcastId: string, outcomes: readonly Outcome[]) {
  return em.transactional(async (tx) => {
    const changed = await select<{ status: RecipientStatus }>(
      tx,
      `update broadcast_recipient r set status = o.status, reason = o.reason, channel_id = o.channel_id::uuid, message_id = o.message_id::uuid,
          processed_at = case when o.status = 'PENDING' then null else now() end
         from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[]) as o(id, status, reason, channel_id, message_id)
        where r.id = o.id and r.status = 'PENDING' returning r.status`,
      [
        pgArray(outcomes.map((o) => o.recipientId)),
        pgArray(outcomes.map((o) => o.status)),
        pgArray(outcomes.map((o) => o.reason)),
        pgArray(outcomes.map((o) => o.channelId)),
        pgArray(outcomes.map((o) => o.messageId)),
      ],
    );
    const count = (status: RecipientStatus) => changed.filter((row) => row.status === status).length;
    await tx.execute('update broadcast set sent = sent + ?, failed = failed + ?, skipped = skipped + ? where id = ?', [count('SENT'), count('FAILED'), count('SKIPPED'), broadcastId]);
    return count('PENDING');
  });
}

/**
 * The end: a cancelled broadcast's recipients not reached yet are SKIPPED (CANCELLED) and their waiting messages
 * FAILED; after the last pass, those the channel never took are FAILED with `failReason`. Then COMPLETED, unless
 * cancelled.
 */
export async function finishBroadcast(app: App, em: EntityManager, id: string, ending: { cancelled: boolean; failReason?: string }) {
  const reason = ending.cancelled ? 'The broadcast was cancelled.' : (ending.failReason ?? 'The channel did not take the message.');
  const waiting = await select<{ messageId: string }>(
    em,
    `select message_id from broadcast_recipient where broadcast_id = ? and status = 'PENDING' and message_id is not null`,
    [id],
  );
  for (const { messageId } of waiting) await failQueuedMessage(app, em, messageId, reason);
  await em.transactional(async (tx) => {
    const status: RecipientStatus = ending.cancelled ? 'SKIPPED' : 'FAILED';
    const moved = await selectOne<{ n: number }>(
      tx,
      `with moved as (update broadcast_recipient set status = ?, reason = ?, processed_at = now() where broadcast_id = ? and status = 'PENDING' returning 1)
       select count(*)::int as n from moved`,
      [status, ending.cancelled ? 'CANCELLED' : reason, id],
    );
    await tx.execute(
      `update broadcast set skipped = skipped + ?, failed = failed + ?,
          status = case when ? then 'CANCELLED' when status = 'CANCELLED' then status else 'COMPLETED' end, finished_at = coalesce(finished_at, now())
        where id = ?`,
      [ending.cancelled ? moved!.n : 0, ending.cancelled ? 0 : moved!.n, ending.cancelled, id],
    );
  });
  await publishBroadcast(app, id);
}
