import { graphql } from '../../../generated/supergraph/index.ts';

export const OrderItemFragment = graphql(`
  fragment OrderItem on Order {
    id
    number
    createdAt
    total
    currency
    status
  }
`);
