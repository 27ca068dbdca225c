import { graphql } from '../../generated/index.ts';

export const ProjectSettingsQuery = graphql(`
  query ProjectSettings {
    me {
      project { id name timeZone autoCloseAfterMinutes }
    }
  }
`);
