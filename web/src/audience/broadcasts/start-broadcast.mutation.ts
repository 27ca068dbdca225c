import { graphql } from '../../generated/index.ts';

export const StartBroadcastMutation = graphql(`
  mutation StartBroadcast($input: StartBroadcastInput!) {
    startBroadcast(input: $input) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
