import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of scheduled messages (schema/scheduled-message.graphql), with their codes and English words.
export const scheduledErrors = defineUserErrors({
  SCHEDULED_TIME_INVALID: { code: 'INVALID_INPUT', message: 'The due time is not a valid time.' },
  SCHEDULED_TIME_PAST: { code: 'INVALID_INPUT', message: 'The due time has passed: choose a time in the future.' },
  SCHEDULED_TIME_TOO_FAR: { code: 'INVALID_INPUT', message: ({ days }: { days: number }) => `A message can be scheduled at most ${days} days ahead.` },
  SCHEDULED_LIMIT: { code: 'CONFLICT', message: ({ max }: { max: number }) => `A conversation holds at most ${max} scheduled messages: send or cancel one first.` },
  SCHEDULED_MESSAGE_NOT_PENDING: { code: 'CONFLICT', message: 'This message was already sent or cancelled.' },
  SCHEDULED_UNAVAILABLE: { code: 'CONFLICT', message: 'The scheduler did not answer; nothing changed. Try again in a moment.' },
});
