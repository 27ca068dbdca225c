import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of webhook endpoints: each reason (schema/webhook.graphql) with its code and English words.
export const webhookErrors = defineUserErrors({
  WEBHOOK_URL_INVALID: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The URL must be an http or https URL of at most ${max} characters, without a user name or password.` },
  WEBHOOK_URL_PRIVATE: { code: 'INVALID_INPUT', message: 'The URL points to a private, loopback or link-local address, which the server does not call.' },
  WEBHOOK_DESCRIPTION_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The description must be at most ${max} characters.` },
  WEBHOOK_EVENT_TYPES_EMPTY: { code: 'INVALID_INPUT', message: 'Choose at least one event type.' },
  WEBHOOK_ENDPOINT_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} webhook endpoints.` },
  WEBHOOK_ENDPOINT_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such webhook endpoint.' },
  WEBHOOK_DELIVERY_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such webhook delivery.' },
  WEBHOOK_ENDPOINT_DISABLED: { code: 'CONFLICT', message: 'The endpoint is disabled: enable it first.' },
});
