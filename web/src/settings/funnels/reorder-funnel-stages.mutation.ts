import { graphql } from '../../generated/index.ts';

export const ReorderFunnelStagesMutation = graphql(`
  mutation ReorderFunnelStages($input: ReorderFunnelStagesInput!) {
    reorderFunnelStages(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
