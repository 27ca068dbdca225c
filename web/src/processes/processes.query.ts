import { graphql } from '../generated/index.ts';

export const ProcessesQuery = graphql(`
  query Processes {
    processes {
      ...ProcessFields
    }
  }
`);
