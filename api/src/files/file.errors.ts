import { defineUserErrors } from '../graphql/errors.ts';

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

// The refusals of uploads, attachments and the library: each reason (schema/file.graphql) with its code and English
// words. Uploads answer them over HTTP too (`uploadStatus` in file.http.ts).
export const fileErrors = defineUserErrors({
  FILE_TYPE_NOT_ACCEPTED: { code: 'INVALID_INPUT', message: 'This type of file is not accepted: send images, video, audio, PDF, office documents, text, CSV or ZIP.' },
  FILE_TOO_LARGE: { code: 'INVALID_INPUT', message: ({ maxBytes }: { maxBytes: number }) => `The file is larger than ${megabytes(maxBytes)}.` },
  FILE_CONTENT_MISMATCH: { code: 'INVALID_INPUT', message: ({ contentType }: { contentType: string }) => `The file's content is not ${contentType}.` },
  FILE_EMPTY: { code: 'INVALID_INPUT', message: 'The file is empty.' },
  FILE_LIBRARY_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only owners, admins and managers add files to the library.' },
  FILE_LIBRARY_FULL: {
    code: 'CONFLICT',
    message: ({ limit }: { limit: number }) => `The file library is full (${limit} files): delete files you no longer need to add new ones.`,
  },
  FILE_LIBRARY_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such file in the library.' },
  FILE_ATTACHMENT_LIMIT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `At most ${limit} files go with one message.` },
  FILE_NOT_ATTACHABLE: { code: 'NOT_FOUND', message: 'No such file, or it is attached to another message already.' },
  FILE_TAKEN_MEANWHILE: { code: 'CONFLICT', message: 'A file was deleted or attached to another message meanwhile.' },
});
