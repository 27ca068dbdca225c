import { graphql } from '../../generated/index.ts';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      loggedOut
    }
  }
`);
