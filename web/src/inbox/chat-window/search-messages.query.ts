import { graphql } from '../../generated/index.ts';

export const SearchMessagesQuery = graphql(`
  query SearchMessages($id: ID!, $text: String!) {
    conversation(id: $id) {
      id
      searchMessages(text: $text) {
        ...SearchHit
      }
    }
  }
`);
