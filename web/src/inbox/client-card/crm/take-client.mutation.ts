import { graphql } from '../../../generated/index.ts';

export const TakeClientMutation = graphql(`
  mutation TakeClient($input: ClientInput!) {
    takeClient(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
