import { graphql } from '../../generated/index.ts';

export const TeamMemberFragment = graphql(`
  fragment TeamMember on Operator {
    id
    name
    avatarUrl
    role
    presence
  }
`);
