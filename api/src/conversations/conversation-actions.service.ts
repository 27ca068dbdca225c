import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { requireOperator } from '../operators/active-operators.ts';
import { operatorErrors } from '../operators/operator.errors.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { requireTeam } from '../teams/team.service.ts';
import type { ConversationEventType } from './conversation-event.entity.ts';
import { conversationErrors } from './conversation.errors.ts';
import type { ConversationRow } from './conversation.entity.ts';
import { requireConversation } from './conversation.service.ts';
import { may } from '../auth/permissions.ts';
import { requireRoom } from '../limits/list-caps.ts';

type Change = {
  /** `set` clause of the update, with its parameters. */
  set: string;
  params: unknown[];
  /** Skipped when this already holds: a repeated action changes nothing and records nothing. */
  unless: string;
  unlessParams?: unknown[];
  event?: {
    type: ConversationEventType;
    assigneeId?: string | null;
    teamId?: string | null;
    comment?: string | null;
    /** The MESSAGE_… events: the scheduled message and its due time. */
    messageId?: string;
    scheduledAt?: Date | null;
  };
};

/** Appends a system event to a conversation's timeline; answers its id. */
export async function recordEvent(
  em: EntityManager,
  conversation: Pick<ConversationRow, 'id' | 'projectId'>,
  actorId: string | null,
  event: NonNullable<Change['event']>,
) {
  const id = newId();
  await em.execute(
    `insert into conversation_event (id, project_id, conversation_id, type, actor_id, assignee_id, team_id, comment, message_id, scheduled_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, conversation.projectId, conversation.id, event.type, actorId, event.assigneeId ?? null, event.teamId ?? null, event.comment ?? null,
      event.messageId ?? null, event.scheduledAt ?? null, new Date()],
  );
  return id;
}

/** Applies a change to one conversation of the viewer's project, records its event, and tells the inbox. */
async function change(app: App, em: EntityManager, viewer: Viewer, globalId: string, work: (c: ConversationRow) => Change | Promise<Change>) {
  const found = await requireConversation(em, viewer, globalId);
  const planned = await work(found);
  const updated = await em.transactional(async (tx) => {
    const updated = await selectOne<ConversationRow>(
      tx,
      `update conversation set ${planned.set} where id = ? and not (${planned.unless}) returning *`,
      [...planned.params, found.id, ...(planned.unlessParams ?? [])],
    );
    if (!updated) return null;
    const eventId = planned.event ? await recordEvent(tx, found, viewer.operator?.id ?? null, planned.event) : undefined;
    await announce(tx, ...inboxEvent(viewer.project.id, { kind: 'CONVERSATION_UPDATED', conversationId: found.id, eventId }));
    return updated;
  });
  return updated ?? found;
}

type Action = (app: App, em: EntityManager, viewer: Viewer, conversationId: string) => Promise<ConversationRow>;

export const markConversationUnread: Action = (app, em, viewer, id) =>
  change(app, em, viewer, id, () => ({ set: 'unread_count = 1', params: [], unless: 'unread_count > 0' }));

export const closeConversation: Action = (app, em, viewer, id) =>
  change(app, em, viewer, id, () => ({ set: `status = 'CLOSED', closed_at = ?`, params: [new Date()], unless: `status = 'CLOSED'`, event: { type: 'CLOSED' } }));

export const reopenConversation: Action = (app, em, viewer, id) =>
  change(app, em, viewer, id, () => ({ set: `status = 'OPEN', closed_at = null`, params: [], unless: `status = 'OPEN'`, event: { type: 'REOPENED' } }));

export function pinConversation(app: App, em: EntityManager, viewer: Viewer, id: string, pinned: boolean) {
  return change(app, em, viewer, id, async (conversation) => {
    if (!pinned) return { set: 'pinned_at = null', params: [], unless: 'pinned_at is null' };
    if (!conversation.pinnedAt) {
      const pins = ['select count(*)::int as n from conversation where project_id = ? and pinned_at is not null', [viewer.project.id]] as [string, unknown[]];
      await requireRoom(em, 'Query.pinnedConversations', pins, conversationErrors.CONVERSATION_PIN_LIMIT, 'conversationId');
    }
    return { set: 'pinned_at = ?', params: [new Date()], unless: 'pinned_at is not null' };
  });
}

export function archiveConversation(app: App, em: EntityManager, viewer: Viewer, id: string, archived: boolean) {
  return change(app, em, viewer, id, () =>
    archived
      ? { set: 'archived_at = ?', params: [new Date()], unless: 'archived_at is not null', event: { type: 'ARCHIVED' } }
      : { set: 'archived_at = null', params: [], unless: 'archived_at is null', event: { type: 'UNARCHIVED' } },
  );
}

/**
 * Assigns, transfers (with a comment for the timeline) or unassigns. Operators may take an unassigned
 * conversation and hand on their own; managers, admins, owners and API tokens may assign any.
 */
export function assignConversation(app: App, em: EntityManager, viewer: Viewer, input: { conversationId: string; operatorId?: string | null; comment?: string | null }) {
  return change(app, em, viewer, input.conversationId, async (conversation) => {
    const assigneeId = await assigneeOf(em, viewer, input.operatorId);
    checkMayHandOn(viewer, conversation, assigneeId);
    const comment = commentOf(input.comment);
    return {
      set: 'assignee_id = ?',
      params: [assigneeId],
      unless: 'assignee_id is not distinct from ?',
      unlessParams: [assigneeId],
      event: assigneeId ? { type: 'ASSIGNED' as const, assigneeId, comment } : { type: 'UNASSIGNED' as const, comment },
    };
  });
}

/** The operator of the viewer's project behind an id; none (unassigned) without one. */
async function assigneeOf(em: EntityManager, viewer: Viewer, operatorId: string | null | undefined) {
  if (!operatorId) return null;
  return (await requireOperator(em, viewer, operatorId, 'operatorId', operatorErrors.OPERATOR_NOT_FOUND)).id;
}

/** Whether the viewer may give the conversation to anyone or nobody: managers any, operators their own. */
export const mayAssign = (viewer: Viewer, conversation: ConversationRow) =>
  may(viewer, 'assignAnyConversation') || (!!viewer.operator && conversation.assigneeId === viewer.operator.id);

/** Whether the viewer, an operator, may take it: what they may assign, or a free one. */
export const mayTake = (viewer: Viewer, conversation: ConversationRow) =>
  !!viewer.operator && conversation.assigneeId !== viewer.operator.id && (conversation.assigneeId === null || mayAssign(viewer, conversation));

function mayHandOn(viewer: Viewer, conversation: ConversationRow, assigneeId: string | null) {
  return mayAssign(viewer, conversation) || (conversation.assigneeId === null && !!viewer.operator && assigneeId === viewer.operator.id);
}

function checkMayHandOn(viewer: Viewer, conversation: ConversationRow, assigneeId: string | null) {
  if (!mayHandOn(viewer, conversation, assigneeId)) throw conversationErrors.CONVERSATION_HAND_ON_OWN_ONLY();
}

const commentOf = (comment: string | null | undefined) => comment?.trim().slice(0, 1000) || null;

/**
 * Transfers to a team, where it waits for a member unless `operatorId` names the new assignee (one TEAM_ASSIGNED
 * event with the comment), or without a team to an operator (as assignConversation). The same rules as assigning.
 */
export async function transferConversation(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  input: { conversationId: string; teamId?: string | null; operatorId?: string | null; comment?: string | null },
) {
  const teamId = input.teamId;
  if (!teamId) {
    if (!input.operatorId) throw conversationErrors.CONVERSATION_TRANSFER_TARGET('teamId');
    return assignConversation(app, em, viewer, input);
  }
  return change(app, em, viewer, input.conversationId, async (conversation) => {
    const team = await requireTeam(em, viewer, teamId);
    const assigneeId = await assigneeOf(em, viewer, input.operatorId);
    checkMayHandOn(viewer, conversation, assigneeId);
    return {
      set: 'team_id = ?, assignee_id = ?',
      params: [team.id, assigneeId],
      unless: 'team_id is not distinct from ? and assignee_id is not distinct from ?',
      unlessParams: [team.id, assigneeId],
      event: { type: 'TEAM_ASSIGNED' as const, teamId: team.id, assigneeId, comment: commentOf(input.comment) },
    };
  });
}

export function takeConversation(app: App, em: EntityManager, viewer: Viewer, conversationId: string) {
  if (!viewer.operator) throw conversationErrors.CONVERSATION_TAKE_OPERATOR_ONLY();
  return assignConversation(app, em, viewer, { conversationId, operatorId: toGlobalId('Operator', viewer.operator.id) });
}
