import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of broadcasts: each reason (schema/broadcast.graphql) with its code and English words.
export const broadcastErrors = defineUserErrors({
  BROADCAST_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such broadcast.' },
  BROADCAST_AUDIENCE_REQUIRED: { code: 'INVALID_INPUT', message: 'Give exactly one of clientIds, filter and savedFilterId.' },
  BROADCAST_CLIENT_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Give 1 to ${limit} clients.` },
  BROADCAST_CHANNEL_REQUIRED: { code: 'INVALID_INPUT', message: 'Sending on one channel needs a channel of the project.' },
  BROADCAST_SEND_AT_PAST: { code: 'INVALID_INPUT', message: 'The time to send is in the past.' },
  BROADCAST_RATE_INVALID: { code: 'INVALID_INPUT', message: 'ratePerSecond must be at least 1.' },
  BROADCAST_FILES_INVALID: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `A broadcast sends up to ${max} files of the project's library.` },
  BROADCAST_STATE: { code: 'CONFLICT', message: ({ status }: { status: string }) => `The broadcast is ${status.toLowerCase()}: this does not apply to it.` },
});
