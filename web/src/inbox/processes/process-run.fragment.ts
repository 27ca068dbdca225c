import { graphql } from '../../generated/index.ts';

export const ProcessRunItemFragment = graphql(`
  fragment ProcessRunItem on ProcessRun {
    id
    status
    blockEnteredAt
    waitingFor
    waitUntil
    error
    viewerCanSteer
    process {
      id
      name
    }
    block {
      blockId
      number
      name
      type
    }
    version {
      id
      version
    }
  }
`);
