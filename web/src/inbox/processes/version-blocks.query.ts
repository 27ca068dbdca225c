import { graphql } from '../../generated/index.ts';

// A version's blocks, for choosing where to move a run (asked when the choice opens: a version has up to 500).
export const VersionBlocksQuery = graphql(`
  query VersionBlocks($id: ID!) {
    node(id: $id) {
      ... on ProcessVersion {
        id
        blocks {
          blockId
          number
          name
          type
          color
          description
          text
        }
      }
    }
  }
`);
