import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of channels: each reason (schema/channel.graphql) with its code and English words.
export const channelErrors = defineUserErrors({
  CHANNEL_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  CHANNEL_KIND_UNSUPPORTED: { code: 'INVALID_INPUT', message: ({ kind }: { kind: string }) => `${kind} channels cannot be connected yet: only WEBCHAT has a driver.` },
  CHANNEL_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} channels.` },
  CHANNEL_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such channel.' },
});
