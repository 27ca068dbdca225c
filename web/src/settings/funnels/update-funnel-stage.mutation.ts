import { graphql } from '../../generated/index.ts';

export const UpdateFunnelStageMutation = graphql(`
  mutation UpdateFunnelStage($input: UpdateFunnelStageInput!) {
    updateFunnelStage(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
