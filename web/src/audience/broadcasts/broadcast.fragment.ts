import { graphql } from '../../generated/index.ts';

export const BroadcastFragment = graphql(`
  fragment Broadcast on Broadcast {
    id
    text
    status
    channelRule
    channel {
      id
      name
    }
    sendAt
    ratePerSecond
    total
    sent
    failed
    skipped
    pending
    resultsCsvUrl
    viewerCanControl
    createdBy {
      id
      name
    }
    createdAt
    startedAt
    finishedAt
  }
`);
