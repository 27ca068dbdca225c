import { graphql } from '../../generated/index.ts';

// A message a business process will send when a run's delay ends, as "Messages scheduled" lists it.
export const ProcessPendingSendItemFragment = graphql(`
  fragment ProcessPendingSendItem on ProcessPendingSend {
    sendAt
    text
    run {
      id
      viewerCanSteer
      process {
        id
        name
      }
    }
    delay {
      blockId
      number
      name
    }
    next {
      blockId
      number
      name
      type
    }
  }
`);
