import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of teams: each reason (schema/team.graphql) with its code and English words.
export const teamErrors = defineUserErrors({
  TEAM_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such team.' },
  TEAM_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  TEAM_NAME_TAKEN: { code: 'CONFLICT', message: ({ name }: { name: string }) => `A team named "${name}" already exists.` },
  TEAM_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} teams.` },
  TEAM_MEMBER_LIMIT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `A team has at most ${limit} members.` },
  TEAM_MEMBER_NOT_FOUND: { code: 'NOT_FOUND', message: 'Every member must be an operator of this project.' },
});
