import { graphql } from '../../generated/index.ts';

export const ResumeBroadcastMutation = graphql(`
  mutation ResumeBroadcast($input: BroadcastControlInput!) {
    resumeBroadcast(input: $input) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
