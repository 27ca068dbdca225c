import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { listConnection } from '../graphql/connection.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { withValues } from '../variables/variable.service.ts';
import { closeDeal, createDeal, moveDeal, reopenDeal, updateDeal } from './deal.service.ts';
import { addStage, createFunnel, deleteFunnel, deleteStage, listFunnels, renameFunnel, reorderStages, updateStage } from './funnel.service.ts';
import { listCap } from '../limits/list-caps.ts';


export const dealResolvers: Resolvers = {
  Funnel: {
    id: (funnel) => toGlobalId('Funnel', funnel.id),
    stages: (funnel, _, { loaders }) => loaders.stagesByFunnel.load(funnel.id),
  },
  FunnelStage: {
    id: (stage) => toGlobalId('FunnelStage', stage.id),
    funnel: async (stage, _, { loaders }) => (await loaders.funnel.load(stage.funnelId))!,
    responsible: (stage, _, { loaders }) => loadNullable(loaders.operator, stage.responsibleId),
    dealCount: (stage, _, { loaders }) => loaders.dealCountByStage.load(stage.id),
  },
  Deal: {
    id: (deal) => toGlobalId('Deal', deal.id),
    client: async (deal, _, { loaders }) => (await loaders.client.load(deal.clientId))!,
    funnel: async (deal, _, { loaders }) => (await loaders.funnel.load(deal.funnelId))!,
    stage: async (deal, _, { loaders }) => (await loaders.funnelStage.load(deal.stageId))!,
    responsible: (deal, _, { loaders }) => loadNullable(loaders.operator, deal.responsibleId),
    variables: async (deal, _, { loaders }) => withValues(await loaders.variableDefinitions.load(`${deal.projectId}:DEAL`), deal.variables),
  },
  ClientStage: {
    funnel: async (stage, _, { loaders }) => (await loaders.funnel.load(stage.funnelId))!,
    stage: async (stage, _, { loaders }) => (await loaders.funnelStage.load(stage.stageId))!,
    deal: async (stage, _, { loaders }) => (await loaders.deal.load(stage.dealId))!,
  },
  Client: {
    deals: async (client, { status, ...page }, { loaders }) => {
      const deals = await loaders.dealsByClient.load(client.id);
      const shown = status ? deals.filter((deal) => (status === 'OPEN' ? deal.status === 'OPEN' : deal.status !== 'OPEN')) : deals;
      return listConnection('deals', shown, (deal) => deal.createdAt, page);
    },
    // Each funnel's newest open deal (the deals are loaded newest first anyway).
    stages: async (client, _, { loaders }) => {
      const current = new Map<string, { dealId: string; funnelId: string; stageId: string }>();
      for (const deal of await loaders.dealsByClient.load(client.id)) {
        if (deal.status === 'OPEN' && !current.has(deal.funnelId)) current.set(deal.funnelId, { dealId: deal.id, funnelId: deal.funnelId, stageId: deal.stageId });
      }
      return [...current.values()];
    },
    sales: async (client, _, { loaders }) => {
      const totals = new Map<string, { currency: string; count: number; amount: number }>();
      for (const deal of (await loaders.dealsByClient.load(client.id)).filter((d) => d.status === 'WON')) {
        const total = totals.get(deal.currency) ?? { currency: deal.currency, count: 0, amount: 0 };
        total.count += 1;
        total.amount += Number(deal.budget ?? 0);
        totals.set(deal.currency, total);
      }
      // The largest totals, up to the documented cap.
      return [...totals.values()].sort((a, b) => b.amount - a.amount).slice(0, listCap('Client.sales'));
    },
  },
  Query: {
    funnels: (_, __, ctx) => listFunnels(ctx.em, requireViewer(ctx)),
  },
  Mutation: {
    createFunnel: (_, { input }, ctx) => payload(async () => ({ funnel: await createFunnel(ctx.em, requireCan(ctx, 'manageFunnels'), input) })),
    renameFunnel: (_, { input }, ctx) => payload(async () => ({ funnel: await renameFunnel(ctx.em, requireCan(ctx, 'manageFunnels'), input.funnelId, input.name) })),
    addFunnelStage: (_, { input }, ctx) => payload(async () => ({ funnel: await addStage(ctx.em, requireCan(ctx, 'manageFunnels'), input) })),
    updateFunnelStage: (_, { input }, ctx) => payload(async () => ({ funnel: await updateStage(ctx.em, requireCan(ctx, 'manageFunnels'), input) })),
    reorderFunnelStages: (_, { input }, ctx) => payload(async () => ({ funnel: await reorderStages(ctx.em, requireCan(ctx, 'manageFunnels'), input) })),
    deleteFunnel: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteFunnel(ctx.em, requireCan(ctx, 'manageFunnels'), input.funnelId) })),
    deleteFunnelStage: (_, { input }, ctx) => payload(async () => ({ funnel: await deleteStage(ctx.app, ctx.em, requireCan(ctx, 'manageFunnels'), input) })),
    createDeal: (_, { input }, ctx) => payload(async () => ({ deal: await createDeal(ctx.app, ctx.em, requireViewer(ctx), input) })),
    updateDeal: (_, { input }, ctx) => payload(async () => ({ deal: await updateDeal(ctx.app, ctx.em, requireViewer(ctx), input) })),
    moveDeal: (_, { input }, ctx) => payload(async () => ({ deal: await moveDeal(ctx.app, ctx.em, requireViewer(ctx), input) })),
    closeDeal: (_, { input }, ctx) => payload(async () => ({ deal: await closeDeal(ctx.app, ctx.em, requireViewer(ctx), input) })),
    reopenDeal: (_, { input }, ctx) => payload(async () => ({ deal: await reopenDeal(ctx.app, ctx.em, requireViewer(ctx), input.dealId) })),
  },
};
