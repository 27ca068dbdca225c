import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type ASTVisitor, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationContext } from 'graphql';
import type { Limits } from './limits.ts';

// One explicit rule, whoever started the process: introspection (and GraphQL's "Did you mean …" suggestions,
// which leak the schema too) for signed-in operators and API tokens, so that GraphiQL's docs and codegen work;
// nothing of the schema for anonymous callers and widget visitors. GRAPHQL_INTROSPECTION changes it.
export function mayIntrospect(limits: Limits, caller: { viewer: unknown }) {
  return limits.introspection === 'ALL' || (limits.introspection === 'AUTHENTICATED' && caller.viewer !== null);
}

// The subgraph's SDL (Federation's `_service { sdl }`) is the schema as well.
const serviceSdlRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) context.reportError(new GraphQLError('_service', { nodes: node }));
  },
});

// Whether a parsed document asks for the schema, per schema and document object: Apollo hands the same document
// for the same text, so an anonymous caller's (a widget visitor's) repeated operation is walked once, not each time.
const asksForSchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, boolean>>();

export function introspectionRefusal(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  let known = asksForSchema.get(schema);
  if (!known) asksForSchema.set(schema, (known = new WeakMap()));
  let asks = known.get(document);
  if (asks === undefined) known.set(document, (asks = validate(schema, document, [NoSchemaIntrospectionCustomRule, serviceSdlRule]).length > 0));
  if (!asks) return null;
  return new GraphQLError('Introspection is for signed-in callers: send an operator session or an API token as `Authorization: Bearer …`.', {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

const suggestion = / ?Did you mean .+\?$/;

export const hideSuggestions = <T extends GraphQLFormattedError>(errors: readonly T[]): T[] =>
  errors.map((error) => (suggestion.test(error.message) ? { ...error, message: error.message.replace(suggestion, '') } : error));

export const withoutSuggestion = (error: GraphQLError) =>
  suggestion.test(error.message) ? new GraphQLError(error.message.replace(suggestion, ''), { nodes: error.nodes, extensions: error.extensions }) : error;
