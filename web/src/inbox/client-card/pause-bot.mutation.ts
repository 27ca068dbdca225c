import { graphql } from '../../generated/index.ts';

export const PauseBotMutation = graphql(`
  mutation PauseBot($input: PauseBotInput!) {
    pauseBot(input: $input) {
      client {
        ...ClientControls
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
