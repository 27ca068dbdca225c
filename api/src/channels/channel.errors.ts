import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of channels: each reason (schema/channel.graphql) with its code and English words.
export const channelErrors = defineUserErrors({
  CHANNEL_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  CHANNEL_KIND_UNSUPPORTED: { code: 'INVALID_INPUT', message: ({ kind }: { kind: string }) => `${kind} channels cannot be connected here: there is no driver for them.` },
  CHANNEL_FIELD_MISSING: { code: 'INVALID_INPUT', message: ({ field }: { field: string }) => `The connect form needs "${field}".` },
  CHANNEL_CONNECT_FAILED: { code: 'INVALID_INPUT', message: ({ reason }: { reason: string }) => `The channel could not be connected: ${reason}` },
  CHANNEL_NOT_ACTIVE: { code: 'CONFLICT', message: 'The channel is not active.' },
  CHANNEL_TEST_NO_RECIPIENT: { code: 'CONFLICT', message: 'Nobody has written to this channel yet: give a recipient.' },
  CHANNEL_TEST_FAILED: { code: 'INVALID_INPUT', message: ({ reason }: { reason: string }) => `The test message was not sent: ${reason}` },
  CHANNEL_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} channels.` },
  CHANNEL_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such channel.' },
});
