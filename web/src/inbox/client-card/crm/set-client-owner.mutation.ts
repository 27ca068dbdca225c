import { graphql } from '../../../generated/index.ts';

export const SetClientOwnerMutation = graphql(`
  mutation SetClientOwner($input: SetClientOwnerInput!) {
    setClientOwner(input: $input) { client { id } userErrors { ...UserErrorFields } }
  }
`);
