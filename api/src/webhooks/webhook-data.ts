import type { EntityManager } from '@mikro-orm/postgresql';
import { select } from '../db/rows.ts';
import { toGlobalId, type IdType } from '../graphql/global-id.ts';
import type { WebhookSource } from './webhook-events.ts';

// A delivery's `data`: the object as it is when the event is queued, with the public API's global ids (what
// `node(id:)` and the mutations take) and ISO dates. Null when the object is gone already (nothing is sent). The
// events of one publish (a bulk action's 500 clients, an import's batch) are read with one statement per kind.

const gid = (type: IdType, id: string | null | undefined) => (id ? toGlobalId(type, id) : null);
const iso = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString() : null);

type Loaded = Record<string, unknown> & { id: string };
type Kind = WebhookSource['kind'];
type Rows = Record<Kind | 'change', Map<string, Loaded>>;

/** Each source's `data`, in order. */
export async function webhookData(em: EntityManager, sources: readonly WebhookSource[]): Promise<(Record<string, unknown> | null)[]> {
  // The ids to read of one kind (by default the source's `id`).
  const ids = (kind: Kind, pick: (source: WebhookSource) => string | undefined = (source) => ('id' in source ? source.id : undefined)) => [
    ...new Set(sources.flatMap((source) => (source.kind === kind ? (pick(source) ?? []) : []))),
  ];
  const load = async (sql: string, keys: string[]) => new Map(keys.length ? (await select<Loaded>(em, sql, [keys])).map((row) => [row.id, row]) : []);
  const rows: Rows = {
    message: await load(
      `select m.id, m.conversation_id, c.client_id, m.direction, m.sender_kind, m.author_id, m.text, m.subject, m.status, m.failure_code, m.failure_reason,
              m.created_at, m.sent_at, m.delivered_at, m.read_at, m.edited_at, m.deleted_at
         from message m join conversation c on c.id = m.conversation_id where m.id in (?)`,
      ids('message'),
    ),
    conversation: await load('select * from conversation where id in (?)', ids('conversation')),
    change: await load('select id, type from conversation_event where id in (?)', ids('conversation', (source) => (source.kind === 'conversation' ? source.eventId : undefined))),
    client: await load('select id, name, phone, email, country, owner_id, variables, created_at, blocked_at, archived_at, deleted_at from client where id in (?)', ids('client')),
    deal: await load(
      `select a.id, d.id as deal_id, d.client_id, d.funnel_id, d.stage_id, d.title, d.status, d.budget, d.currency, d.responsible_id, a.type as change, a.data as activity_data
         from client_activity a join deal d on d.id = (a.data ->> 'dealId')::uuid where a.id in (?)`,
      ids('deal', (source) => (source.kind === 'deal' ? source.activityId : undefined)),
    ),
    task: await load('select * from task where id in (?)', ids('task', (source) => (source.kind === 'task' && source.change !== 'DELETED' ? source.id : undefined))),
    run: await load('select * from process_run where id in (?)', ids('run')),
  };
  return sources.map((source) => shape(source, rows));
}

function shape(source: WebhookSource, rows: Rows): Record<string, unknown> | null {
  switch (source.kind) {
    case 'message': {
      const m = rows.message.get(source.id);
      if (!m) return null;
      return {
        message: {
          id: gid('Message', m.id), conversationId: gid('Conversation', m.conversationId as string), clientId: gid('Client', m.clientId as string),
          direction: m.direction, senderKind: m.senderKind, authorId: gid('Operator', m.authorId as string | null), text: m.deletedAt ? '' : m.text, subject: m.subject ?? null,
          status: m.status, failureCode: m.failureCode ?? null, failureReason: m.failureReason ?? null, deleted: !!m.deletedAt,
          createdAt: iso(m.createdAt as Date), sentAt: iso(m.sentAt as Date), deliveredAt: iso(m.deliveredAt as Date), readAt: iso(m.readAt as Date), editedAt: iso(m.editedAt as Date),
        },
      };
    }
    case 'conversation': {
      const c = rows.conversation.get(source.id);
      if (!c) return null;
      const change = source.eventId ? rows.change.get(source.eventId) : undefined;
      return {
        conversation: {
          id: gid('Conversation', c.id), clientId: gid('Client', c.clientId as string), channelId: gid('Channel', c.channelId as string), status: c.status,
          assigneeId: gid('Operator', c.assigneeId as string | null), teamId: gid('Team', c.teamId as string | null), unreadCount: c.unreadCount,
          createdAt: iso(c.createdAt as Date), lastActivityAt: iso(c.lastActivityAt as Date), closedAt: iso(c.closedAt as Date),
        },
        change: change?.type ?? null,
      };
    }
    case 'client': {
      const c = rows.client.get(source.id);
      if (!c) return null;
      return {
        client: {
          id: gid('Client', c.id), name: c.name, phone: c.phone ?? null, email: c.email ?? null, country: c.country ?? null, ownerId: gid('Operator', c.ownerId as string | null),
          variables: c.variables, blocked: !!c.blockedAt, archived: !!c.archivedAt, deleted: !!c.deletedAt, createdAt: iso(c.createdAt as Date),
        },
      };
    }
    case 'deal': {
      const a = rows.deal.get(source.activityId);
      if (!a) return null;
      const activity = a.activityData as { fromStageId?: string; toStageId?: string };
      return {
        deal: {
          id: gid('Deal', a.dealId as string), clientId: gid('Client', a.clientId as string), funnelId: gid('Funnel', a.funnelId as string), stageId: gid('FunnelStage', a.stageId as string),
          title: a.title, status: a.status, budget: a.budget ?? null, currency: a.currency, responsibleId: gid('Operator', a.responsibleId as string | null),
        },
        change: a.change,
        fromStageId: gid('FunnelStage', activity.fromStageId),
        toStageId: gid('FunnelStage', activity.toStageId ?? (a.stageId as string)),
      };
    }
    case 'task': {
      const t = source.change === 'DELETED' ? null : rows.task.get(source.id);
      return {
        change: source.change,
        taskId: gid('Task', source.id),
        clientId: gid('Client', source.clientId),
        task: t && {
          id: gid('Task', t.id), title: t.title, description: t.description ?? null, priority: t.priority, dueAt: iso(t.dueAt as Date),
          assigneeId: gid('Operator', t.assigneeId as string | null), completed: !!t.completedAt, createdAt: iso(t.createdAt as Date),
        },
      };
    }
    case 'run': {
      const r = rows.run.get(source.id);
      if (!r) return null;
      return {
        run: {
          id: gid('ProcessRun', r.id), processId: gid('Process', r.processId as string), clientId: gid('Client', r.clientId as string), status: r.status,
          blockId: r.blockId ?? null, error: r.error ?? null, startedAt: iso(r.startedAt as Date), endedAt: iso(r.endedAt as Date),
        },
      };
    }
  }
}
