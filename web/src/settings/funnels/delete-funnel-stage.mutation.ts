import { graphql } from '../../generated/index.ts';

export const DeleteFunnelStageMutation = graphql(`
  mutation DeleteFunnelStage($input: DeleteFunnelStageInput!) {
    deleteFunnelStage(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
