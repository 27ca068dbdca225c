import { graphql } from '../../generated/index.ts';

export const AddFunnelStageMutation = graphql(`
  mutation AddFunnelStage($input: AddFunnelStageInput!) {
    addFunnelStage(input: $input) {
      funnel { id }
      userErrors { ...UserErrorFields }
    }
  }
`);
