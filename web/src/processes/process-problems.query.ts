import { graphql } from '../generated/index.ts';

export const ProcessProblemsQuery = graphql(`
  query ProcessProblems($processId: ID!) {
    processProblems(processId: $processId) {
      code
      blockId
      detail
    }
  }
`);
