import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of a stream subscription's resume point (schema/conversation.graphql).
export const streamErrors = defineUserErrors({
  RESUME_POINT_INVALID: { code: 'INVALID_INPUT', message: 'This `after` is not a cursor: pass `extensions.cursor` of an answer, or the acknowledgement’s.' },
  RESUME_POINT_EXPIRED: {
    code: 'CONFLICT',
    message: ({ max }: { max: number; cursor: string }) =>
      `Too much happened since this cursor (over ${max} events, or older than the log): load the current state and subscribe again without \`after\`.`,
  },
});
