import { graphql } from '../../generated/index.ts';

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens { id name createdAt }
  }
`);
