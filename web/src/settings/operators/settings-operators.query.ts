import { graphql } from '../../generated/index.ts';

export const SettingsOperatorsQuery = graphql(`
  query SettingsOperators {
    operators(includeDeactivated: true) { id name email role presence capacity deactivatedAt }
    me {
      operator { id }
      can { manageOwners }
    }
  }
`);
