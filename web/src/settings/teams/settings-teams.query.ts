import { graphql } from '../../generated/index.ts';

export const SettingsTeamsQuery = graphql(`
  query SettingsTeams {
    teams {
      id
      name
      members { id }
    }
    operators { id name }
  }
`);
