import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Limits } from './limits.ts';

// One explicit rule, whoever started the process: introspection (and GraphQL's "Did you mean …" suggestions,
// which leak the schema too) for signed-in operators and API tokens, so that GraphiQL's docs and codegen work;
// nothing of the schema for anonymous callers and widget visitors. GRAPHQL_INTROSPECTION changes it.
export function mayIntrospect(limits: Limits, caller: { viewer: unknown }) {
  return limits.introspection === 'ALL' || (limits.introspection === 'AUTHENTICATED' && caller.viewer !== null);
}

export function introspectionRefusal(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  if (!validate(schema, document, [NoSchemaIntrospectionCustomRule]).length) return null;
  return new GraphQLError('Introspection is for signed-in callers: send an operator session or an API token as `Authorization: Bearer …`.', {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

const suggestion = / ?Did you mean .+\?$/;

export const hideSuggestions = <T extends GraphQLFormattedError>(errors: readonly T[]): T[] =>
  errors.map((error) => (suggestion.test(error.message) ? { ...error, message: error.message.replace(suggestion, '') } : error));

export const withoutSuggestion = (error: GraphQLError) =>
  suggestion.test(error.message) ? new GraphQLError(error.message.replace(suggestion, ''), { nodes: error.nodes, extensions: error.extensions }) : error;
