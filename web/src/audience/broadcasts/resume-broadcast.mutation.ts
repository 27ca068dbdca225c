import { graphql } from '../../generated/index.ts';

export const ResumeBroadcastMutation = graphql(`
  mutation ResumeBroadcast($id: ID!) {
    resumeBroadcast(id: $id) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
