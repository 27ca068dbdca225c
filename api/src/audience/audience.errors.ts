import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of the Audience (bulk actions, imports): each reason (schema/audience.graphql) with its code and
// English words. An import's refused rows keep their English words in `ClientJob.errors`.
export const audienceErrors = defineUserErrors({
  AUDIENCE_CLIENT_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Give 1 to ${limit} clients.` },
  AUDIENCE_OWNER_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only managers may set the owner of many clients at once.' },
  AUDIENCE_IMPORT_FILE_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such file.' },
  AUDIENCE_IMPORT_NOT_CSV: { code: 'INVALID_INPUT', message: 'Import a CSV file (text/csv).' },
  AUDIENCE_IMPORT_ROW_EMPTY: { code: 'INVALID_INPUT', message: 'The row has no name, phone or e-mail.' },
  AUDIENCE_IMPORT_PHONE_INVALID: { code: 'INVALID_INPUT', message: ({ phone }: { phone: string }) => `"${phone}" is not a phone number.` },
  AUDIENCE_IMPORT_EMAIL_INVALID: { code: 'INVALID_INPUT', message: ({ email }: { email: string }) => `"${email}" is not an e-mail address.` },
  AUDIENCE_IMPORT_OWNER_UNKNOWN: { code: 'INVALID_INPUT', message: ({ email }: { email: string }) => `No employee with the e-mail ${email}.` },
});
