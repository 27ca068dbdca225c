import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { maxPageSize } from '../graphql/connection.ts';

// Shopify's model: every object costs 1, scalars and enums are free, and a list multiplies its items' cost by how
// many it may return: a connection by its `first` (or `last`, else the page cap), a plain list by its
// `@listSize` (the documented cap of the field, or the length of the argument it names). The cost is an upper
// bound of the objects in the answer, computed from the document alone, before anything runs.

const isConnection = (type: GraphQLNamedType | GraphQLCompositeType) => isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();

const listSizes = new WeakMap<GraphQLField<unknown, unknown>, (args: Record<string, unknown>) => number>();

function listSize(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>) {
  let size = listSizes.get(field);
  if (!size) {
    const directive = schema.getDirective('listSize');
    const values = directive && field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
    const assumed = typeof values?.assumedSize === 'number' ? values.assumedSize : null;
    const slicing = (values?.slicingArguments as string[] | undefined) ?? [];
    size = (args) => {
      for (const name of slicing) {
        const value = args[name];
        if (Array.isArray(value)) return value.length;
        if (typeof value === 'number') return value;
      }
      // A payload reports at most one user error; every other list is declared (schema.test.ts checks).
      return assumed ?? (getNamedType(field.type).name === 'UserError' ? 1 : maxPageSize);
    };
    listSizes.set(field, size);
  }
  return size;
}

function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    const type = getNamedType(field.type);
    // Introspection answers the schema, whose size is fixed, not the project's data: it costs nothing here (who
    // may introspect is decided elsewhere).
    if (isLeafType(type) || field.name.startsWith('__') || parent.name.startsWith('__')) return 0;
    // A connection's edges are counted once per item by the connection itself.
    if (isConnection(parent) && (field.name === 'edges' || field.name === 'nodes')) return 1 + childComplexity;
    if (isConnection(type)) {
      // As pageOf reads them: `last` wins over `first` (which the schema defaults).
      const page = typeof args.last === 'number' ? args.last : typeof args.first === 'number' ? args.first : maxPageSize;
      return 1 + page * childComplexity;
    }
    if (isListType(getNullableType(field.type))) return listSize(schema, field)(args) * (1 + childComplexity);
    return 1 + childComplexity;
  };
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

// The calculation itself is bounded: fragments spread again and again count every time they are walked.
const maxQueryNodes = 10_000;

/**
 * The operation's requested cost, or null when its variables do not coerce (execution then refuses it with
 * GraphQL's own message). A document whose fragments expand past `maxQueryNodes` fields costs too much to count.
 */
export function requestedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) {
  // A cached document (graphql-ws's, Apollo's) asked again with the same variables: counted once. A few variants per
  // document are kept; the rest are counted each time.
  let known = costsByDocument.get(document);
  if (!known) costsByDocument.set(document, (known = new Map()));
  const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
  if (known.has(key)) return known.get(key)!;
  const cost = countCost(schema, document, variables, operationName);
  if (known.size < 16) known.set(key, cost);
  return cost;
}

const costsByDocument = new WeakMap<DocumentNode, Map<string, number | null>>();

function countCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null) {
  let estimator = estimators.get(schema);
  if (!estimator) estimators.set(schema, (estimator = estimatorFor(schema)));
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator], maxQueryNodes });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    return null;
  }
}

/** The cost of what was answered: the objects in the response's data (the root and introspection's excepted). */
export function actualCost(data: unknown): number {
  const count = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + count(item), 0);
    if (value && typeof value === 'object') return 1 + Object.values(value).reduce((sum: number, item) => sum + count(item), 0);
    return 0;
  };
  if (!data || typeof data !== 'object') return 0;
  return Object.entries(data).reduce((sum, [key, value]) => (key.startsWith('__') ? sum : sum + count(value)), 0);
}
