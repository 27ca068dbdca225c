import { graphql } from '../../generated/index.ts';

export const OperatorsQuery = graphql(`
  query Operators {
    operators {
      id
      name
      avatarUrl
      role
    }
  }
`);
