import { graphql } from '../generated/index.ts';

// Where the editor's test run is: what the canvas highlights and the preview panel says.
export const ProcessTestRunFieldsFragment = graphql(`
  fragment ProcessTestRunFields on ProcessRun {
    id
    status
    waitingFor
    block {
      blockId
      number
    }
  }
`);
