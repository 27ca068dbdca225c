import { graphql } from '../generated/index.ts';

// What the web reads of every refusal: each mutation's `userErrors { ...UserErrorFields }` (a unit test holds them
// to it), so that the words can be chosen by reason and filled with the values.
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    reason
    message
    field
    values {
      name
      value
    }
  }
`);
