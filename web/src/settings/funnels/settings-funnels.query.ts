import { graphql } from '../../generated/index.ts';

export const SettingsFunnelsQuery = graphql(`
  query SettingsFunnels {
    funnels {
      id
      name
      stages {
        id
        name
        position
        dealCount
        responsible { id }
      }
    }
    operators { id name }
  }
`);
