import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const messageDirections = ['INBOUND', 'OUTBOUND'] as const;
export const senderKinds = ['CLIENT', 'OPERATOR', 'BOT', 'SYSTEM'] as const;
// SCHEDULED waits for its due time (scheduledAt), then becomes QUEUED; CANCELLED was scheduled and never sent.
export const messageStatuses = ['SCHEDULED', 'QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'CANCELLED'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const MessageSchema = defineEntity({
  name: 'Message',
  indexes: [
    { name: 'message_timeline_idx', properties: ['conversationId', 'createdAt', 'id'] },
    // The delivery sweep looks only at messages still waiting to be sent.
    { name: 'message_queued_idx', expression: `create index "message_queued_idx" on "message" ("created_at") where "status" = 'QUEUED'` },
    // Scheduled messages: the due ones (the dispatcher), a conversation's and a project's pending sends.
    { name: 'message_scheduled_due_idx', expression: `create index "message_scheduled_due_idx" on "message" ("scheduled_at") where "status" = 'SCHEDULED'` },
    {
      name: 'message_scheduled_conversation_idx',
      expression: `create index "message_scheduled_conversation_idx" on "message" ("conversation_id", "scheduled_at") where "status" = 'SCHEDULED'`,
    },
    {
      name: 'message_scheduled_project_idx',
      expression: `create index "message_scheduled_project_idx" on "message" ("project_id", "scheduled_at", "id") where "status" = 'SCHEDULED'`,
    },
    // A platform's news of a message (status callbacks, read receipts, edits) names it by its own id.
    { name: 'message_external_idx', expression: `create index "message_external_idx" on "message" ("external_id") where "external_id" is not null` },
    // Full-text search over message texts.
    { name: 'message_search_idx', expression: `create index "message_search_idx" on "message" using gin ("search")` },
  ],
  // Idempotency: a retried send (same key from the widget or the API caller) stores one message.
  uniques: [{ name: 'message_dedupe_key_unique', properties: ['conversationId', 'dedupeKey'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id'),
    direction: p.enum(messageDirections),
    senderKind: p.enum(senderKinds),
    authorId: () => p.manyToOne(Operator).mapToPk().joinColumn('author_id').nullable(),
    text: p.text(),
    // Quick replies offered with the message (a process block's buttons, where the channel shows them); a press
    // comes back as the client's message with the button's label.
    buttons: p.array().$type<string[]>().default([]),
    // E-mail: the subject, and an HTML body (sanitised when received) shown when there is no plain text.
    subject: p.string().length(998).nullable(),
    html: p.text().nullable(),
    // E-mail from a client: the ids of the thread it answers (its References, else In-Reply-To), oldest first; an
    // answer's References are these and the mail's own Message-ID (external_id).
    mailReferences: p.array().$type<string[]>().nullable().hidden(),
    // WhatsApp outside its 24-hour window: the approved template sent (its text, filled, is `text`).
    template: p.json<{ name: string; language: string; parameters: string[] }>().nullable().hidden(),
    status: p.enum(messageStatuses),
    // Why it failed, for the operator (a DeliveryFailure code the web words), and the platform's own words.
    failureCode: p.string().nullable(),
    failureReason: p.string().nullable(),
    dedupeKey: p.string().nullable().hidden(),
    // The messenger's own id once sent or received.
    externalId: p.string().nullable(),
    // Its place in the timeline: when it was stored; for a scheduled message its due time until it is handed to
    // delivery (then that moment), so that pending sends sit after everything already said, in due order.
    createdAt: p.datetime().onCreate(() => new Date()),
    // A scheduled message's due time (kept once sent or cancelled).
    scheduledAt: p.datetime().nullable(),
    sentAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    readAt: p.datetime().nullable(),
    pinnedAt: p.datetime().nullable(),
    editedAt: p.datetime().nullable(),
    // A deleted message keeps its place in the timeline without its text; the client's copy goes too where the
    // messenger allows it.
    deletedAt: p.datetime().nullable(),
    // Stems of the text for search, computed by PostgreSQL: the russian configuration stems Cyrillic words as
    // Russian and ASCII words as English. Of the folded text (see text-match.ts), since the configuration lower-cases
    // Cyrillic only where the cluster's locale knows it.
    search: p
      .string()
      .columnType('tsvector')
      .generated(`(to_tsvector('russian'::regconfig, search_fold(text))) stored`)
      .nullable()
      .lazy()
      .hidden(),
    // While a delivery attempt holds the message, no other attempt may send it (see deliverQueuedMessage).
    sendingUntil: p.datetime().nullable().hidden(),
  },
});

export class Message extends MessageSchema.class {}
MessageSchema.setClass(Message);

// What is read back (see messageColumns).
export type MessageRow = Omit<Row<Message>, 'search' | 'dedupeKey' | 'sendingUntil' | 'mailReferences'>;

// What is read back about a message: never the search vector (large) or the internal columns (mail_references is
// read by delivery only).
const columns = [
  'id', 'project_id', 'conversation_id', 'direction', 'sender_kind', 'author_id', 'text', 'subject', 'html', 'buttons', 'status', 'failure_code', 'failure_reason', 'external_id',
  'created_at', 'scheduled_at', 'sent_at', 'delivered_at', 'read_at', 'pinned_at', 'edited_at', 'deleted_at',
];
export const messageColumns = (alias?: string) => columns.map((column) => (alias ? `${alias}.${column}` : column)).join(', ');
