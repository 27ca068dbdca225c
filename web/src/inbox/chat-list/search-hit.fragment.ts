import { graphql } from '../../generated/index.ts';

// A message matching the search words, with the matching words marked (list rows and the dialog search).
export const SearchHitFragment = graphql(`
  fragment SearchHit on SearchHit {
    message {
      id
      createdAt
    }
    highlight {
      text
      match
    }
  }
`);
