import { graphql } from '../../generated/index.ts';

export const SavedFilterFragment = graphql(`
  fragment SavedFilter on SavedFilter {
    id
    name
    shared
    viewerCanEdit
    owner {
      id
      name
    }
    filter {
      section
      search
      match
      conditions {
        field
        anyOf
        allOf
        is
        from
        to
        variable
        equals
        contains
        min
        max
      }
    }
  }
`);
