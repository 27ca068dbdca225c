import { graphql } from '../../generated/index.ts';

export const SetChannelLocaleMutation = graphql(`
  mutation SetChannelLocale($input: SetChannelLocaleInput!) {
    setChannelLocale(input: $input) {
      channel { id locale }
      userErrors { ...UserErrorFields }
    }
  }
`);
