import { graphql } from '../../../generated/index.ts';

export const FileItemFragment = graphql(`
  fragment FileItem on File {
    id
    kind
    name
    contentType
    size
    url
    downloadUrl
    createdAt
  }
`);
