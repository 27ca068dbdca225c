import { defineUserErrors, textLength } from '../graphql/errors.ts';
import type { LabelKind } from './label.entity.ts';

const noun = (kind: LabelKind, many = false) => `${kind === 'TAG' ? 'tag' : 'list'}${many ? 's' : ''}`;

// The refusals of tags and lists: each reason (schema/label.graphql) with its code and English words; `kind` says
// which of the two.
export const labelErrors = defineUserErrors({
  LABEL_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such tag or list.' },
  LABEL_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  LABEL_COLOR_INVALID: { code: 'INVALID_INPUT', message: 'The colour must be #rrggbb.' },
  LABEL_NAME_TAKEN: { code: 'CONFLICT', message: ({ kind }: { kind: LabelKind }) => `A ${noun(kind)} with this name exists.` },
  LABEL_LIMIT: { code: 'CONFLICT', message: ({ limit, kind }: { limit: number; kind: LabelKind }) => `A project has at most ${limit} ${noun(kind, true)}.` },
  LABEL_CLIENT_LIMIT: {
    code: 'CONFLICT',
    message: ({ limit, kind, name }: { limit: number; kind: LabelKind; name: string }) => `A client holds at most ${limit} ${noun(kind, true)}: ${name} would have more.`,
  },
  LABEL_CLIENT_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Give 1 to ${limit} clients.` },
  LABEL_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Give 1 to ${limit} tags or lists.` },
});
