import { graphql } from '../../../generated/index.ts';

export const FileLibraryQuery = graphql(`
  query FileLibrary {
    fileLibrary(first: 100) {
      edges {
        node {
          ...FileItem
        }
      }
    }
    fileLibraryUsage {
      count
      limit
    }
  }
`);
