import { graphql } from '../../generated/index.ts';

export const SetPresenceMutation = graphql(`
  mutation SetPresence($input: SetPresenceInput!) {
    setPresence(input: $input) {
      operator {
        id
        presence
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
