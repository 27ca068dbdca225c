import { GraphQLScalarType } from 'graphql';
import { may, requireCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound, payload, userErrorItem } from '../graphql/errors.ts';
import { processErrors } from './process.errors.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { select } from '../db/rows.ts';
import { topics } from '../pubsub/pubsub.ts';
import { blockById } from '../../../workflows/src/processes/definition.ts';
import type { ProcessRunStepRow } from './process.entity.ts';
import { blocksOf } from './process-blocks.ts';
import { stopTest, testDraft } from './process-test.service.ts';
import { clientRuns, listRuns, startRuns, steerRun, type RunEvent } from './process-runs.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';
import {
  createProcess, definitionProblems, deleteProcess, findProcess, hasUnpublishedChanges, latestVersion, listProcesses, listVersions, publishProcess, restoreVersion, saveDraft,
} from './process.service.ts';

const edit = (ctx: Context) => requireCan(ctx, 'editProcesses');

export const processResolvers: Resolvers = {
  JSON: new GraphQLScalarType({ name: 'JSON', serialize: (value) => value, parseValue: (value) => value }),
  Process: {
    id: (process) => toGlobalId('Process', process.id),
    hasUnpublishedChanges: (process, _, { em }) => hasUnpublishedChanges(em, process),
    published: (process, _, { em }) => latestVersion(em, process.id),
    versions: (process, _, { em }) => listVersions(em, process.id),
    activeRuns: (process, _, { loaders }) => loaders.activeRunsByProcess.load(process.id),
    viewerCanEdit: (_, __, ctx) => !!ctx.viewer && may(ctx.viewer, 'editProcesses'),
  },
  ProcessVersion: {
    id: (version) => toGlobalId('ProcessVersion', version.id),
    blocks: (version) => blocksOf(version.processId, version.definition),
    publishedBy: (version, _, { loaders }) => loadNullable(loaders.operator, version.publishedById),
  },
  ProcessBlock: {
    blockId: ({ block }) => block.id,
    number: ({ block }) => block.number,
    name: ({ block }) => block.name,
    type: ({ block }) => block.type,
    color: ({ block }) => block.color,
    description: ({ block }) => block.description,
    text: ({ block }) => ('text' in block ? block.text : null),
    activeCount: async ({ processId, block }, _, ctx) => (await ctx.loaders.blockCounters(requireViewer(ctx).project.timeZone).load(processId)).get(block.id)?.active ?? 0,
    enteredToday: async ({ processId, block }, _, ctx) => (await ctx.loaders.blockCounters(requireViewer(ctx).project.timeZone).load(processId)).get(block.id)?.today ?? 0,
  },
  ProcessRun: {
    id: (run) => toGlobalId('ProcessRun', run.id),
    process: async (run, _, { loaders }) => (await loaders.process.load(run.processId))!,
    version: async (run, _, { loaders }) => (await loaders.processVersion.load(run.versionId))!,
    client: async (run, _, { loaders }) => (await loaders.client.load(run.clientId))!,
    block: async (run, _, { loaders }) => {
      const version = (await loaders.processVersion.load(run.versionId))!;
      const block = run.blockId ? blockById(version.definition, run.blockId) : undefined;
      return block ? { processId: run.processId, block } : null;
    },
    steps: (run, { first }, { em }) =>
      select<ProcessRunStepRow>(em, 'select * from process_run_step where run_id = ? order by seq desc limit ?', [run.id, Math.min(Math.max(first ?? 50, 1), 100)]),
    viewerCanSteer: (run, _, ctx) => !!ctx.viewer && may(ctx.viewer, 'steerProcessRuns') && (run.status === 'AUTO' || run.status === 'MANUAL'),
  },
  ProcessRunStep: {
    block: async (step, _, { loaders }) => {
      const run = (await loaders.processRun.load(step.runId))!;
      const version = (await loaders.processVersion.load(run.versionId))!;
      const block = step.blockId ? blockById(version.definition, step.blockId) : undefined;
      return block ? { processId: run.processId, block } : null;
    },
    actor: (step, _, { loaders }) => loadNullable(loaders.operator, step.actorId),
  },
  Client: {
    processRuns: (client, _, { em }) => clientRuns(em, client.id),
    pendingProcessSends: (client, _, { loaders }) => loaders.pendingProcessSends.load(client.id),
  },
  Query: {
    processes: (_, __, ctx) => listProcesses(ctx.em, requireViewer(ctx)),
    processRuns: (_, { filter, ...page }, ctx) => listRuns(ctx.em, requireViewer(ctx), filter, page),
    processProblems: async (_, { processId }, ctx) => {
      const viewer = requireViewer(ctx);
      return definitionProblems(ctx.em, viewer.project.id, (await findProcess(ctx.em, viewer, processId)).draft, viewer.operator?.id ?? null);
    },
  },
  Mutation: {
    createProcess: async (_, { input }, ctx) => ({ problems: [], ...(await payload(async () => ({ process: await createProcess(ctx.em, edit(ctx), input) }))) }),
    saveProcessDraft: async (_, { input }, ctx) => ({ problems: [], ...(await payload(async () => ({ process: await saveDraft(ctx.em, edit(ctx), input) }))) }),
    publishProcess: async (_, { input }, ctx) => {
      const published = { problems: [], ...(await payload(async () => publishProcess(ctx.app, ctx.em, edit(ctx), input.processId))) };
      // Problems are an answer too: the process, what is wrong with it, and the refusal.
      if (!published.problems.length) return published;
      return { ...published, userErrors: [userErrorItem(processErrors.PROCESS_INVALID(null, { count: published.problems.length }))] };
    },
    restoreProcessVersion: async (_, { input }, ctx) => ({ problems: [], ...(await payload(async () => ({ process: await restoreVersion(ctx.em, edit(ctx), input.versionId) }))) }),
    testProcessDraft: async (_, { input }, ctx) => {
      const tested = { problems: [], test: null, ...(await payload(async () => testDraft(ctx.app, ctx.em, edit(ctx), input))) };
      if (!tested.problems.length) return tested;
      return { ...tested, userErrors: [userErrorItem(processErrors.PROCESS_INVALID(null, { count: tested.problems.length }))] };
    },
    stopProcessTest: async (_, { input }, ctx) => ({ problems: [], ...(await payload(async () => ({ process: await stopTest(ctx.app, ctx.em, edit(ctx), input.processId) }))) }),
    deleteProcess: async (_, { input }, ctx) => ({ problems: [], ...(await payload(async () => ({ process: await deleteProcess(ctx.app, ctx.em, edit(ctx), input.processId) }))) }),
    startProcess: async (_, { input }, ctx) => ({ runs: [], started: 0, ...(await payload(() => startRuns(ctx.app, ctx.em, requireCan(ctx, 'startProcesses'), input))) }),
    steerProcessRun: (_, { input }, ctx) => payload(async () => ({ run: await steerRun(ctx.app, ctx.em, requireCan(ctx, 'steerProcessRuns'), input) })),
  },
  Subscription: {
    processRunUpdated: {
      subscribe: async (_, { clientId, after }, ctx) => {
        const viewer = requireViewer(ctx);
        const id = idOf('Client', clientId);
        const client = id ? await ctx.loaders.client.load(id) : null;
        if (!client || client.projectId !== viewer.project.id) throw notFound('No such client.');
        return subscribeStream<RunEvent>(ctx.app.pubsub, ctx.em, topics.clientRuns(client.id), after);
      },
      resolve: async (event: RunEvent, _: unknown, ctx: Context) => (await renewScope(ctx, event).loaders.processRun.load(event.runId))!,
    },
    processCountersUpdated: {
      subscribe: async (_, { processId }, ctx) => {
        const process = await findProcess(ctx.em, requireViewer(ctx), processId).catch(() => null);
        if (!process) throw notFound('No such process.');
        return ctx.app.pubsub.subscribe<RunEvent>(topics.processRuns(process.id));
      },
      resolve: async (event: RunEvent, _: unknown, ctx: Context) => (await renewScope(ctx, event).loaders.process.load(event.processId))!,
    },
  },
};
