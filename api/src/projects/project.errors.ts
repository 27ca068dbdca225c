import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of the project's settings: each reason (schema/project-settings.graphql) with its code and English words.
export const projectErrors = defineUserErrors({
  PROJECT_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  PROJECT_TIME_ZONE_UNKNOWN: { code: 'INVALID_INPUT', message: 'Unknown time zone; use an IANA name like Europe/Moscow.' },
  PROJECT_AUTO_CLOSE_RANGE: { code: 'INVALID_INPUT', message: 'Automatic closing takes 5 minutes to 90 days, or null for never.' },
});
