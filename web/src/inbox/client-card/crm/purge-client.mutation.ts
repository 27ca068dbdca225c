import { graphql } from '../../../generated/index.ts';

export const PurgeClientMutation = graphql(`
  mutation PurgeClient($input: ClientInput!) {
    purgeClient(input: $input) { purgedClientId userErrors { ...UserErrorFields } }
  }
`);
