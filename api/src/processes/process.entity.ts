import { defineEntity, p } from '@mikro-orm/core';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import type { Definition } from '../../../workflows/src/processes/definition.ts';

// A business process: the draft a designer edits, and its published versions (immutable; runs keep theirs).
export const ProcessSchema = defineEntity({
  name: 'Process',
  indexes: [{ properties: ['projectId', 'name'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    name: p.string().length(100),
    draft: p.json<Definition>(),
    // The latest published version's number (0: never published).
    publishedVersion: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class Process extends ProcessSchema.class {}
ProcessSchema.setClass(Process);
export type ProcessRow = Row<Process>;

// A published version, or a designer's hidden test version (`test`: a copy of the draft that a test run in the
// editor runs; numbered 0, never listed, never the latest, never started by triggers or operators).
export const ProcessVersionSchema = defineEntity({
  name: 'ProcessVersion',
  uniques: [{ name: 'process_version_process_id_version_unique', expression: `create unique index "process_version_process_id_version_unique" on "process_version" ("process_id", "version") where not test` }],
  indexes: [{ properties: ['projectId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    processId: () => p.manyToOne(Process).mapToPk().joinColumn('process_id').deleteRule('cascade'),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    version: p.integer(),
    definition: p.json<Definition>(),
    test: p.boolean().default(false),
    publishedById: () => p.manyToOne(Operator).mapToPk().joinColumn('published_by_id').nullable().deleteRule('set null'),
    publishedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ProcessVersion extends ProcessVersionSchema.class {}
ProcessVersionSchema.setClass(ProcessVersion);
export type ProcessVersionRow = Row<ProcessVersion>;

export const runStatuses = ['AUTO', 'MANUAL', 'FINISHED', 'STOPPED', 'FAILED'] as const;
export type RunStatus = (typeof runStatuses)[number];
export const activeStatuses: readonly RunStatus[] = ['AUTO', 'MANUAL'];
export const runWaits = ['REPLY', 'DELAY', 'OPERATOR'] as const;
export type RunWait = (typeof runWaits)[number];

// One client's way through one version. The workflow (workflows/src/processes/) moves it; this row is what the
// inbox, the counters and the API read. `single` runs (a process that allows one at a time) are unique per client.
export const ProcessRunSchema = defineEntity({
  name: 'ProcessRun',
  indexes: [
    { properties: ['clientId', 'startedAt'] },
    { properties: ['projectId', 'startedAt'] },
    { name: 'process_run_active_block_index', expression: `create index "process_run_active_block_index" on "process_run" ("process_id", "block_id") where status in ('AUTO', 'MANUAL')` },
    { name: 'process_run_single_unique', expression: `create unique index "process_run_single_unique" on "process_run" ("process_id", "client_id") where single and status in ('AUTO', 'MANUAL')` },
    // A schedule's firing starts a client once, however often its activity is retried.
    { name: 'process_run_firing_unique', expression: `create unique index "process_run_firing_unique" on "process_run" ("process_id", "client_id", "firing_id") where firing_id is not null` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    processId: () => p.manyToOne(Process).mapToPk().joinColumn('process_id').deleteRule('cascade'),
    versionId: () => p.manyToOne(ProcessVersion).mapToPk().joinColumn('version_id').deleteRule('cascade'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').deleteRule('cascade'),
    // The conversation it writes to: the client's latest when it started.
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id').nullable().deleteRule('set null'),
    single: p.boolean(),
    status: p.enum(runStatuses),
    blockId: p.string().length(64).nullable(),
    blockEnteredAt: p.datetime(),
    waitingFor: p.enum(runWaits).nullable(),
    waitUntil: p.datetime().nullable(),
    error: p.text().nullable(),
    startedById: () => p.manyToOne(Operator).mapToPk().joinColumn('started_by_id').nullable().deleteRule('set null'),
    startedAt: p.datetime().onCreate(() => new Date()),
    endedAt: p.datetime().nullable(),
    // The schedule firing (its workflow id) that started it; null for other starts.
    firingId: p.string().length(200).nullable(),
  },
});
export class ProcessRun extends ProcessRunSchema.class {}
ProcessRunSchema.setClass(ProcessRun);
export type ProcessRunRow = Row<ProcessRun>;

export const stepKinds = ['ENTERED', 'MESSAGE_SENT', 'ANSWER_STORED', 'ANSWER_INVALID', 'TIMED_OUT', 'BRANCH', 'ACTION', 'HANDOFF', 'RESUMED', 'PAUSED', 'MOVED', 'RESCHEDULED', 'ENDED', 'ERROR'] as const;
export type StepKind = (typeof stepKinds)[number];

// The run's history: one row per step. `seq` is the workflow's own step counter, so a step recorded again (an
// activity retried) is one row.
export const ProcessRunStepSchema = defineEntity({
  name: 'ProcessRunStep',
  uniques: [{ properties: ['runId', 'seq'] }],
  indexes: [{ name: 'process_run_step_entered_index', expression: `create index "process_run_step_entered_index" on "process_run_step" ("process_id", "block_id", "at") where kind = 'ENTERED'` }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    runId: () => p.manyToOne(ProcessRun).mapToPk().joinColumn('run_id').deleteRule('cascade'),
    processId: () => p.manyToOne(Process).mapToPk().joinColumn('process_id').deleteRule('cascade'),
    seq: p.integer(),
    kind: p.enum(stepKinds),
    blockId: p.string().length(64).nullable(),
    detail: p.text().nullable(),
    actorId: () => p.manyToOne(Operator).mapToPk().joinColumn('actor_id').nullable().deleteRule('set null'),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export class ProcessRunStep extends ProcessRunStepSchema.class {}
ProcessRunStepSchema.setClass(ProcessRunStep);
export type ProcessRunStepRow = Row<ProcessRunStep>;

// A designer's test client for a process: one per designer (an operator, or an API token) and process, reused by
// every test run they start in the editor. The client is an ordinary web chat visitor of `channel`, named so that
// operators can tell; this row is what marks it as a test one.
export const ProcessTestSchema = defineEntity({
  name: 'ProcessTest',
  uniques: [{ properties: ['processId', 'designer'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    processId: () => p.manyToOne(Process).mapToPk().joinColumn('process_id').deleteRule('cascade'),
    // The operator's id, or `token:<id>` for an API token.
    designer: p.string().length(100),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').deleteRule('cascade'),
    clientChannelId: () => p.manyToOne(ClientChannel).mapToPk().joinColumn('client_channel_id').deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ProcessTest extends ProcessTestSchema.class {}
ProcessTestSchema.setClass(ProcessTest);
export type ProcessTestRow = Row<ProcessTest>;
