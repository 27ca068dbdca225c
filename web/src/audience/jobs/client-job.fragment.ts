import { graphql } from '../../generated/index.ts';

export const ClientJobFragment = graphql(`
  fragment ClientJob on ClientJob {
    id
    kind
    status
    total
    processed
    created
    updated
    errors {
      row
      message
    }
    failureReason
    file {
      id
      name
      url
      downloadUrl
    }
    createdBy {
      id
      name
    }
    createdAt
    finishedAt
  }
`);
