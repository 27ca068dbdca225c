import { graphql } from '../../generated/index.ts';

export const ResumeBotMutation = graphql(`
  mutation ResumeBot($input: ClientInput!) {
    resumeBot(input: $input) {
      client {
        ...ClientControls
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
