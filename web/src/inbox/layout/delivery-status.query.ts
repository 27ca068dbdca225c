import { graphql } from '../../generated/index.ts';

export const DeliveryStatusQuery = graphql(`
  query DeliveryStatus {
    deliveryStatus {
      workers
      queued
      oldestQueuedAt
      delayed
    }
  }
`);
