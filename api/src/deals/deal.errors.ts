import { defineUserErrors, textLength } from '../graphql/errors.ts';

const deals = (count: number) => (count === 1 ? 'a deal' : `${count} deals`);

// The refusals of funnels, stages and deals: each reason (schema/deal.graphql) with its code and English words.
export const dealErrors = defineUserErrors({
  FUNNEL_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such funnel.' },
  FUNNEL_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  FUNNEL_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} funnels.` },
  FUNNEL_STAGE_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `A funnel has 1 to ${limit} stages.` },
  FUNNEL_HAS_DEALS: { code: 'CONFLICT', message: ({ count }: { count: number }) => `The funnel holds ${deals(count)}; a funnel with deals cannot be deleted.` },
  FUNNEL_STAGE_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such stage.' },
  FUNNEL_STAGE_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  FUNNEL_STAGE_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A funnel has at most ${limit} stages.` },
  FUNNEL_STAGE_ORDER: { code: 'INVALID_INPUT', message: 'List every stage of the funnel exactly once.' },
  FUNNEL_LAST_STAGE: { code: 'CONFLICT', message: 'A funnel keeps at least one stage.' },
  // A deal arriving while the stage is deleted is one of an unknown number: `count` is left out then.
  FUNNEL_STAGE_HAS_DEALS: {
    code: 'CONFLICT',
    message: ({ count }: { count?: number }) => `The stage holds ${count ? deals(count) : 'deals'}: choose the stage they move to.`,
  },
  FUNNEL_STAGE_MOVE_TARGET: { code: 'INVALID_INPUT', message: 'The deals move to another stage of the same funnel.' },
  DEAL_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such deal.' },
  DEAL_TITLE_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  DEAL_BUDGET_INVALID: { code: 'INVALID_INPUT', message: 'The budget must be an amount like 1500 or 99.90.' },
  DEAL_CURRENCY_INVALID: { code: 'INVALID_INPUT', message: 'The currency must be a three-letter ISO code.' },
  DEAL_CLIENT_DELETED: { code: 'CONFLICT', message: 'The client is deleted.' },
  DEAL_STAGE_NOT_IN_FUNNEL: { code: 'INVALID_INPUT', message: 'The stage is not in that funnel.' },
  DEAL_STAGE_OTHER_FUNNEL: { code: 'INVALID_INPUT', message: "The stage is not in the deal's funnel." },
  DEAL_CLOSED: { code: 'CONFLICT', message: 'The deal is closed; reopen it first.' },
  DEAL_CLOSE_STATUS: { code: 'INVALID_INPUT', message: 'Close a deal as WON or LOST; use reopenDeal to reopen it.' },
});
