import { defineUserErrors, textLength } from '../graphql/errors.ts';
import type { VariableScope } from './variable-definition.entity.ts';

type Named = { name: string };

// The refusals of client and deal variables: each reason (schema/variable.graphql) with its code and English words.
export const variableErrors = defineUserErrors({
  VARIABLE_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such variable.' },
  VARIABLE_KEY_INVALID: { code: 'INVALID_INPUT', message: 'The key takes letters, digits and _, starts with a letter or _, 64 characters at most.' },
  VARIABLE_KEY_SYSTEM: { code: 'INVALID_INPUT', message: ({ key }: { key: string }) => `"${key}" is a system variable.` },
  VARIABLE_KEY_TAKEN: { code: 'CONFLICT', message: ({ key }: { key: string }) => `A variable "${key}" exists.` },
  VARIABLE_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  VARIABLE_LIMIT: {
    code: 'CONFLICT',
    message: ({ limit, scope }: { limit: number; scope: VariableScope }) => `A project has at most ${limit} ${scope === 'CLIENT' ? 'client' : 'deal'} variables.`,
  },
  VARIABLE_VALUE_LENGTH: { code: 'INVALID_INPUT', message: ({ name, max }: Named & { max: number }) => `${name} must be at most ${max} characters.` },
  VARIABLE_VALUE_NOT_NUMBER: { code: 'INVALID_INPUT', message: ({ name }: Named) => `${name} must be a number.` },
  VARIABLE_VALUE_NOT_DATE: { code: 'INVALID_INPUT', message: ({ name }: Named) => `${name} must be a date, YYYY-MM-DD.` },
  VARIABLE_VALUE_NOT_BOOLEAN: { code: 'INVALID_INPUT', message: ({ name }: Named) => `${name} must be yes or no.` },
  VARIABLE_VALUE_COUNT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `Set at most ${limit} variables at once.` },
  VARIABLE_UNKNOWN: { code: 'INVALID_INPUT', message: ({ scope, key }: { scope: VariableScope; key: string }) => `No ${scope.toLowerCase()} variable "${key}".` },
});
