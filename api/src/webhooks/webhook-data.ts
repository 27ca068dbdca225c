import type { EntityManager } from '@mikro-orm/postgresql';
import { selectOne } from '../db/rows.ts';
import { toGlobalId, type IdType } from '../graphql/global-id.ts';
import type { WebhookSource } from './webhook-events.ts';

// A delivery's `data`: the object as it is when the event is queued, with the public API's global ids (what
// `node(id:)` and the mutations take) and ISO dates. Null when the object is gone already (nothing is sent).

const gid = (type: IdType, id: string | null | undefined) => (id ? toGlobalId(type, id) : null);
const iso = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString() : null);

type Loaded = Record<string, unknown> & { id: string };

export async function webhookData(em: EntityManager, source: WebhookSource): Promise<Record<string, unknown> | null> {
  const one = (sql: string, id: string) => selectOne<Loaded>(em, sql, [id]);
  switch (source.kind) {
    case 'message': {
      const m = await one(
        `select m.id, m.conversation_id, c.client_id, m.direction, m.sender_kind, m.author_id, m.text, m.subject, m.status, m.failure_code, m.failure_reason,
                m.created_at, m.sent_at, m.delivered_at, m.read_at, m.edited_at, m.deleted_at
           from message m join conversation c on c.id = m.conversation_id where m.id = ?`,
        source.id,
      );
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
      const c = await one('select * from conversation where id = ?', source.id);
      if (!c) return null;
      const change = source.eventId ? await selectOne<{ type: string }>(em, 'select type from conversation_event where id = ?', [source.eventId]) : null;
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
      const c = await one('select id, name, phone, email, country, owner_id, variables, created_at, blocked_at, archived_at, deleted_at from client where id = ?', source.id);
      if (!c) return null;
      return {
        client: {
          id: gid('Client', c.id), name: c.name, phone: c.phone ?? null, email: c.email ?? null, country: c.country ?? null, ownerId: gid('Operator', c.ownerId as string | null),
          variables: c.variables, blocked: !!c.blockedAt, archived: !!c.archivedAt, deleted: !!c.deletedAt, createdAt: iso(c.createdAt as Date),
        },
      };
    }
    case 'deal': {
      const a = await one(
        `select d.*, a.type as change, a.data as activity_data from client_activity a join deal d on d.id = (a.data ->> 'dealId')::uuid where a.id = ?`,
        source.activityId,
      );
      if (!a) return null;
      const activity = a.activityData as { fromStageId?: string; toStageId?: string };
      return {
        deal: {
          id: gid('Deal', a.id), clientId: gid('Client', a.clientId as string), funnelId: gid('Funnel', a.funnelId as string), stageId: gid('FunnelStage', a.stageId as string),
          title: a.title, status: a.status, budget: a.budget ?? null, currency: a.currency, responsibleId: gid('Operator', a.responsibleId as string | null),
        },
        change: a.change,
        fromStageId: gid('FunnelStage', activity.fromStageId),
        toStageId: gid('FunnelStage', activity.toStageId ?? (a.stageId as string)),
      };
    }
    case 'task': {
      const t = source.change === 'DELETED' ? null : await one('select * from task where id = ?', source.id);
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
      const r = await one('select * from process_run where id = ?', source.id);
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
