import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of business processes (schema/process.graphql), with their codes and English words.
export const processErrors = defineUserErrors({
  PROCESS_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such process.' },
  PROCESS_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  PROCESS_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project holds at most ${limit} processes.` },
  PROCESS_VERSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such process version.' },
  PROCESS_RUN_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such process run.' },
  PROCESS_DEFINITION_INVALID: { code: 'INVALID_INPUT', message: ({ problem }: { problem: string }) => `The definition is not valid: ${problem}.` },
  PROCESS_INVALID: { code: 'INVALID_INPUT', message: ({ count }: { count: number }) => `The process has ${count} problem(s) to fix before it can be published.` },
  PROCESS_NOT_PUBLISHED: { code: 'CONFLICT', message: 'The process was never published: publish it first.' },
  PROCESS_HAS_RUNS: { code: 'CONFLICT', message: ({ count }: { count: number }) => `The process still has ${count} active run(s): stop them first.` },
  PROCESS_BLOCK_NOT_FOUND: { code: 'INVALID_INPUT', message: ({ blockId }: { blockId: string }) => `The process has no block ${blockId}.` },
  PROCESS_RUN_ENDED: { code: 'CONFLICT', message: 'The run has ended.' },
  PROCESS_CLIENT_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Give 1 to ${limit} clients of the project.` },
  PROCESS_NOT_AT_DELAY: { code: 'CONFLICT', message: 'The run no longer waits at that delay: its message went out, or the run moved on.' },
  PROCESS_DELAY_TIME_INVALID: { code: 'INVALID_INPUT', message: ({ days }: { days: number }) => `Give the delay a new end (\`until\`), at most ${days} days ahead.` },
  PROCESS_TEST_CHANNEL: { code: 'NOT_FOUND', message: 'The project has no web chat channel to test in (or `channelId` is not one).' },
  PROCESS_UNAVAILABLE: { code: 'CONFLICT', message: 'The run did not answer; nothing changed. Try again in a moment.' },
  PROCESS_AUDIENCE_REQUIRED: { code: 'INVALID_INPUT', message: 'Give exactly one of clientIds and audience (in audience: one of clientIds, filter and savedFilterId).' },
});
